package fr.boussole.assessment.scoring;

/**
 * An option of a choice question. {@code points} is the share of the question's weight it earns, from 0 to 1 (a
 * multiple choice adds its options' points, up to 1); an exclusive option ("none of these") cannot be combined.
 */
public record AnswerOption(String code, double points, boolean exclusive, LocalizedText label) {
}
