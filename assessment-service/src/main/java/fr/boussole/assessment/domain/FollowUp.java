package fr.boussole.assessment.domain;

/** Where a CCI stands with the company of an assessment. */
public enum FollowUp {
    TO_CONTACT, IN_PROGRESS, ACCOMPANIED, CLOSED
}
