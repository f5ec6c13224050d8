package fr.boussole.assessment.mapping;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import fr.boussole.assessment.repository.Questionnaire;
import fr.boussole.assessment.repository.QuestionnaireDimension;
import fr.boussole.assessment.repository.QuestionnaireQuestion;
import fr.boussole.assessment.repository.QuestionnaireQuestion.ConditionDocument;
import fr.boussole.assessment.repository.QuestionnaireQuestion.OptionDocument;
import fr.boussole.assessment.repository.QuestionnaireRepository.VersionRow;
import fr.boussole.assessment.rest.dto.DimensionView;
import fr.boussole.assessment.rest.dto.QuestionView;
import fr.boussole.assessment.rest.dto.QuestionnaireInput;
import fr.boussole.assessment.rest.dto.QuestionnaireVersionView;
import fr.boussole.assessment.rest.dto.QuestionnaireView;
import fr.boussole.assessment.scoring.AnswerOption;
import fr.boussole.assessment.scoring.Condition;
import fr.boussole.assessment.scoring.LocalizedText;
import fr.boussole.assessment.scoring.Question;
import fr.boussole.assessment.scoring.QuestionnaireDefinition;
import fr.boussole.commons.i18n.Language;

/** Questionnaire entities to API records and to the scoring's domain model, and publishing input to entities. */
public final class QuestionnaireMapper {

    private QuestionnaireMapper() {
    }

    public static QuestionnaireView view(Questionnaire questionnaire, Language language) {
        return new QuestionnaireView(questionnaire.version, questionnaire.publishedAt,
                questionnaire.dimensions.stream().map(dimension -> view(dimension, language)).toList(),
                questionnaire.questions.stream().map(question -> view(question, language)).toList());
    }

    public static QuestionnaireVersionView version(VersionRow row) {
        return new QuestionnaireVersionView(row.version(), row.status(), row.publishedAt(), row.dimensionCount());
    }

    public static QuestionnaireDefinition definition(Questionnaire questionnaire) {
        return new QuestionnaireDefinition(questionnaire.version,
                questionnaire.dimensions.stream().map(dimension -> dimension.code).toList(),
                questionnaire.questions.stream().map(QuestionnaireMapper::question).toList());
    }

    /** A questionnaire entity, not yet persisted, of the given version with the input's content. */
    public static Questionnaire entity(int version, QuestionnaireInput input) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.version = version;
        for (QuestionnaireInput.DimensionInput given : input.dimensions()) {
            QuestionnaireDimension dimension = new QuestionnaireDimension();
            dimension.questionnaire = questionnaire;
            dimension.code = given.code();
            dimension.position = given.position();
            dimension.nameFr = given.fr().name();
            dimension.descriptionFr = given.fr().description();
            dimension.nameEn = given.en().name();
            dimension.descriptionEn = given.en().description();
            questionnaire.dimensions.add(dimension);
        }
        int position = 0;
        for (QuestionnaireInput.QuestionInput given : input.questions()) {
            QuestionnaireQuestion question = new QuestionnaireQuestion();
            question.questionnaire = questionnaire;
            question.code = given.code();
            question.section = given.section();
            question.position = ++position;
            question.type = given.type();
            question.required = given.required();
            question.weight = given.weight();
            question.necessaryThreshold = given.necessaryThreshold() == null ? null
                    : BigDecimal.valueOf(given.necessaryThreshold());
            question.askedWhen = given.askedWhen() == null ? null
                    : new ConditionDocument(given.askedWhen().question(), List.copyOf(given.askedWhen().anyOf()));
            question.options = given.options() == null ? List.of() : given.options().stream()
                    .map(option -> new OptionDocument(option.code(), option.points(), option.exclusive(), option.fr(),
                            option.en()))
                    .toList();
            question.minValue = given.min();
            question.maxValue = given.max();
            question.pattern = given.pattern();
            question.labelFr = given.fr().label();
            question.helpFr = given.fr().help();
            question.labelEn = given.en().label();
            question.helpEn = given.en().help();
            questionnaire.questions.add(question);
        }
        return questionnaire;
    }

    private static Question question(QuestionnaireQuestion question) {
        return new Question(question.code, question.section, question.position, question.type, question.required,
                question.weight, question.necessaryThreshold == null ? null : question.necessaryThreshold.doubleValue(),
                question.askedWhen == null ? null
                        : new Condition(question.askedWhen.question(), new HashSet<>(question.askedWhen.anyOf())),
                question.options.stream()
                        .map(option -> new AnswerOption(option.code(), option.points(), option.exclusive(),
                                new LocalizedText(option.fr(), option.en())))
                        .toList(),
                question.minValue, question.maxValue, question.pattern,
                new LocalizedText(question.labelFr, question.labelEn),
                new LocalizedText(question.helpFr, question.helpEn));
    }

    private static QuestionView view(QuestionnaireQuestion question, Language language) {
        boolean english = language == Language.EN;
        return new QuestionView(question.code, question.section, question.position, question.type,
                question.required, question.weight, question.necessaryThreshold != null,
                question.askedWhen == null ? null
                        : new QuestionView.ConditionView(question.askedWhen.question(), question.askedWhen.anyOf()),
                question.options.stream()
                        .map(option -> new QuestionView.OptionView(option.code(), english ? option.en() : option.fr(),
                                option.exclusive()))
                        .toList(),
                question.minValue, question.maxValue, question.pattern,
                english ? question.labelEn : question.labelFr, english ? question.helpEn : question.helpFr);
    }

    private static DimensionView view(QuestionnaireDimension dimension, Language language) {
        return switch (language) {
            case FR -> new DimensionView(dimension.code, dimension.nameFr, dimension.descriptionFr, dimension.position);
            case EN -> new DimensionView(dimension.code, dimension.nameEn, dimension.descriptionEn, dimension.position);
        };
    }
}
