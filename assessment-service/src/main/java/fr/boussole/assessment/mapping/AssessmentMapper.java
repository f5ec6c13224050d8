package fr.boussole.assessment.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.assessment.repository.Assessment;
import fr.boussole.assessment.repository.AssessmentSharing;
import fr.boussole.assessment.rest.dto.AssessmentComparison;
import fr.boussole.assessment.rest.dto.AssessmentSummary;
import fr.boussole.assessment.rest.dto.AssessmentView;
import fr.boussole.assessment.rest.dto.DimensionView;
import fr.boussole.assessment.rest.dto.QuestionnaireView;
import fr.boussole.assessment.rest.dto.ReadinessView;
import fr.boussole.assessment.scoring.Answer;
import fr.boussole.assessment.scoring.AnswerOption;
import fr.boussole.assessment.scoring.Question;
import fr.boussole.assessment.scoring.QuestionType;
import fr.boussole.assessment.scoring.QuestionnaireDefinition;
import fr.boussole.assessment.scoring.Readiness;
import fr.boussole.assessment.scoring.ReadinessLevel;
import fr.boussole.commons.i18n.Language;

/** Assessments and their readiness to API records, in the caller's language. */
public final class AssessmentMapper {

    private AssessmentMapper() {
    }

    public static AssessmentView view(Assessment assessment, AssessmentSharing sharing,
            QuestionnaireDefinition questionnaire, Map<String, Answer> answers, String resumeToken) {
        int asked = 0;
        for (Question question : questionnaire.questions()) {
            if (questionnaire.isAsked(question, answers)) {
                asked++;
            }
        }
        return new AssessmentView(assessment.id, assessment.questionnaireVersion, assessment.status,
                assessment.origin, assessment.siren, assessment.companyName, assessment.ownerCci,
                sharing == null ? null : new AssessmentView.SharingView(sharing.cci, sharing.grantedAt),
                assessment.answers,
                new AssessmentView.ProgressView(asked, answers.size(), questionnaire.missingRequired(answers).stream()
                        .map(Question::code).toList()),
                assessment.score, assessment.computedLevel, assessment.level, override(assessment),
                assessment.createdAt, assessment.updatedAt, assessment.submittedAt, assessment.version, resumeToken);
    }

    public static AssessmentSummary summary(Assessment assessment, AssessmentSharing sharing, boolean showFollowUp) {
        return new AssessmentSummary(assessment.id, assessment.questionnaireVersion, assessment.status,
                assessment.origin, assessment.siren, assessment.companyName, assessment.sector, assessment.region,
                assessment.score, assessment.level, showFollowUp ? assessment.followUp : null, assessment.ownerCci,
                sharing == null ? null : sharing.cci, assessment.createdAt, assessment.updatedAt,
                assessment.submittedAt);
    }

    public static AssessmentView.LevelOverrideView override(Assessment assessment) {
        return assessment.overrideLevel == null ? null
                : new AssessmentView.LevelOverrideView(assessment.overrideLevel, assessment.overrideJustification,
                        assessment.overrideBy, assessment.overrideAt);
    }

    public static ReadinessView readiness(Assessment assessment, Readiness readiness, boolean provisional,
            QuestionnaireDefinition questionnaire, QuestionnaireView labels, Map<String, Answer> answers,
            Language language) {
        Map<String, String> dimensionNames = labels.dimensions().stream()
                .collect(Collectors.toMap(DimensionView::code, DimensionView::name));
        List<ReadinessView.DimensionScoreView> dimensions = new ArrayList<>();
        for (Readiness.DimensionScore dimension : readiness.dimensions()) {
            List<ReadinessView.ContributionView> contributions = dimension.contributions().stream()
                    .map(contribution -> {
                        Question question = questionnaire.question(contribution.question());
                        Answer answer = answers.get(contribution.question());
                        return new ReadinessView.ContributionView(question.code(), question.label().in(language),
                                assessment.answers.get(question.code()), describe(question, answer, language),
                                contribution.share(), contribution.points(), contribution.maxPoints());
                    })
                    .toList();
            dimensions.add(new ReadinessView.DimensionScoreView(dimension.dimension(),
                    dimensionNames.get(dimension.dimension()), dimension.score(), dimension.overallPoints(),
                    contributions, dimension.notAsked().stream()
                            .map(code -> new ReadinessView.QuestionRef(code,
                                    questionnaire.question(code).label().in(language)))
                            .toList()));
        }
        ReadinessLevel level = provisional || assessment.overrideLevel == null ? readiness.level()
                : assessment.overrideLevel;
        return new ReadinessView(assessment.id, readiness.questionnaireVersion(), provisional, readiness.score(),
                level(level, language), level(readiness.level(), language), level(readiness.uncappedLevel(), language),
                provisional ? null : override(assessment), dimensions,
                readiness.blockingGaps().stream().map(gap -> gap(gap, questionnaire, language)).toList(),
                readiness.improvements().stream()
                        .map(improvement -> new ReadinessView.ImprovementView(improvement.question(),
                                questionnaire.question(improvement.question()).label().in(language),
                                improvement.dimension(), improvement.dimensionGain(), improvement.scoreGain(),
                                improvement.blocking()))
                        .toList());
    }

    public static ReadinessView.LevelView level(ReadinessLevel level, Language language) {
        return new ReadinessView.LevelView(level, level.label(language), level.meaning(language));
    }

    /** Two submitted assessments of one company, {@code before} submitted first. */
    public static AssessmentComparison comparison(Assessment before, Assessment after,
            QuestionnaireView beforeLabels, QuestionnaireView afterLabels, QuestionnaireDefinition afterQuestions,
            Language language) {
        Map<String, Integer> beforeScores = dimensionScores(before.readiness);
        Map<String, Integer> afterScores = dimensionScores(after.readiness);
        Map<String, String> names = new LinkedHashMap<>();
        beforeLabels.dimensions().forEach(dimension -> names.put(dimension.code(), dimension.name()));
        afterLabels.dimensions().forEach(dimension -> names.put(dimension.code(), dimension.name()));
        List<AssessmentComparison.DimensionChange> dimensions = names.entrySet().stream()
                .map(entry -> {
                    Integer was = beforeScores.get(entry.getKey());
                    Integer is = afterScores.get(entry.getKey());
                    return new AssessmentComparison.DimensionChange(entry.getKey(), entry.getValue(), was, is,
                            was == null || is == null ? null : is - was);
                })
                .toList();
        List<AssessmentComparison.AnswerChange> changed = new ArrayList<>();
        for (Question question : afterQuestions.questions()) {
            JsonNode was = before.answers.get(question.code());
            JsonNode is = after.answers.get(question.code());
            if ((was != null || is != null) && !Objects.equals(was, is)) {
                changed.add(new AssessmentComparison.AnswerChange(question.code(), question.label().in(language),
                        was, is));
            }
        }
        return new AssessmentComparison(side(before), side(after), after.score - before.score, dimensions, changed);
    }

    private static AssessmentComparison.Side side(Assessment assessment) {
        return new AssessmentComparison.Side(assessment.id, assessment.questionnaireVersion, assessment.submittedAt,
                assessment.score, assessment.level);
    }

    private static Map<String, Integer> dimensionScores(Readiness readiness) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        readiness.dimensions().forEach(dimension -> scores.put(dimension.dimension(), dimension.score()));
        return scores;
    }

    private static ReadinessView.GapView gap(Readiness.BlockingGap gap, QuestionnaireDefinition questionnaire,
            Language language) {
        String label = questionnaire.question(gap.question()).label().in(language);
        String explanation = language == Language.EN
                ? "A necessary condition of readiness: while it is not met, the level stays at most "
                        + ReadinessLevel.CAP_WITHOUT_NECESSARY.label(language) + "."
                : "Condition nécessaire : tant qu'elle n'est pas remplie, le niveau reste au plus "
                        + ReadinessLevel.CAP_WITHOUT_NECESSARY.label(language) + ".";
        return new ReadinessView.GapView(gap.question(), label, gap.dimension(), gap.share(), gap.threshold(),
                explanation);
    }

    /** An answer in words: its options' labels, a scale's "n / 4", a number or text as is. */
    public static String describe(Question question, Answer answer, Language language) {
        if (answer == null) {
            return null;
        }
        if (answer instanceof Answer.Count count) {
            return question.type() == QuestionType.SCALE ? count.value() + " / " + QuestionType.SCALE_MAX
                    : Long.toString(count.value());
        }
        if (answer instanceof Answer.Text text) {
            return text.value();
        }
        return answer.codes().stream().map(code -> optionLabel(question, code, language))
                .collect(Collectors.joining(", "));
    }

    private static String optionLabel(Question question, String code, Language language) {
        if (question.type() == QuestionType.YES_NO) {
            boolean english = language == Language.EN;
            return switch (code) {
                case QuestionType.YES -> english ? "Yes" : "Oui";
                case QuestionType.NO -> english ? "No" : "Non";
                default -> english ? "Don't know" : "Je ne sais pas";
            };
        }
        return question.option(code).map(AnswerOption::label).map(label -> label.in(language)).orElse(code);
    }

    public static List<UUID> ids(List<Assessment> assessments) {
        return assessments.stream().map(assessment -> assessment.id).toList();
    }
}
