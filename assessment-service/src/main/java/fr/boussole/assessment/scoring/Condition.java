package fr.boussole.assessment.scoring;

import java.util.Set;

/**
 * When a question is asked: the answer to an earlier question is one of {@code anyOf} (for a multiple choice, holds
 * one of them). A question whose condition is not met is not asked, not required and not scored.
 */
public record Condition(String question, Set<String> anyOf) {

    public Condition {
        anyOf = Set.copyOf(anyOf);
    }

    boolean isMetBy(Answer answer) {
        return answer != null && answer.codes().stream().anyMatch(anyOf::contains);
    }
}
