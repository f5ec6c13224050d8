package fr.boussole.assessment.domain;

/** Who started an assessment, which decides who owns it. */
public enum AssessmentOrigin {
    /** A self-assessment without an account: whoever holds its resume token. */
    ANONYMOUS,
    /** A company user: its company (the token's SIREN). */
    SME,
    /** A CCI advisor, for a company of its CCI: the company and that CCI. */
    ADVISOR
}
