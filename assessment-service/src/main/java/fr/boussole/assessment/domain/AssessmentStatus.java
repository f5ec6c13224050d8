package fr.boussole.assessment.domain;

/** A draft takes answers; once submitted it is scored and immutable. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED
}
