package fr.boussole.assessment.scoring;

/** How a question is answered, and so which JSON value an answer to it is. */
public enum QuestionType {
    /** One option code, a JSON string. */
    SINGLE_CHOICE,
    /** Distinct option codes, a non-empty JSON array of strings; an exclusive option ("none") stands alone. */
    MULTIPLE_CHOICE,
    /** An integer from 0 (not at all) to 4 (fully), a JSON number. */
    SCALE,
    /** {@code "yes"}, {@code "no"} or {@code "dont-know"}. */
    YES_NO,
    /** An integer within the question's bounds, a JSON number. */
    NUMBER,
    /** A short text matching the question's pattern, a JSON string. */
    TEXT;

    public static final int SCALE_MAX = 4;
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String DONT_KNOW = "dont-know";

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether an answer to it can earn points: numbers and texts describe the company, they are not graded. */
    public boolean isScorable() {
        return this != NUMBER && this != TEXT;
    }
}
