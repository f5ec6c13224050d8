package fr.boussole.assessment.domain;

/** A questionnaire version is drafted, then published (and immutable from then on), then retired. */
public enum QuestionnaireStatus {
    DRAFT, PUBLISHED, RETIRED
}
