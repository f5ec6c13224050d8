package fr.boussole.assessment.mapping;

import fr.boussole.assessment.repository.Questionnaire;
import fr.boussole.assessment.repository.QuestionnaireDimension;
import fr.boussole.assessment.repository.QuestionnaireRepository.VersionRow;
import fr.boussole.assessment.rest.dto.DimensionView;
import fr.boussole.assessment.rest.dto.QuestionnaireVersionView;
import fr.boussole.assessment.rest.dto.QuestionnaireView;
import fr.boussole.commons.i18n.Language;

/** Entities to API records. */
public final class QuestionnaireMapper {

    private QuestionnaireMapper() {
    }

    public static QuestionnaireView view(Questionnaire questionnaire, Language language) {
        return new QuestionnaireView(questionnaire.version, questionnaire.publishedAt,
                questionnaire.dimensions.stream().map(dimension -> view(dimension, language)).toList());
    }

    public static QuestionnaireVersionView version(VersionRow row) {
        return new QuestionnaireVersionView(row.version(), row.status(), row.publishedAt(), row.dimensionCount());
    }

    private static DimensionView view(QuestionnaireDimension dimension, Language language) {
        return switch (language) {
            case FR -> new DimensionView(dimension.code, dimension.nameFr, dimension.descriptionFr, dimension.position);
            case EN -> new DimensionView(dimension.code, dimension.nameEn, dimension.descriptionEn, dimension.position);
        };
    }
}
