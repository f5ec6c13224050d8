package fr.boussole.assessment.scoring;

import java.util.List;
import java.util.Optional;

/**
 * A question of a questionnaire version.
 *
 * @param section {@code profile} for the company profile, else the code of the dimension it is scored in
 * @param weight its share of its dimension against the other questions asked there; 0 for what is not graded
 * @param necessaryThreshold for a necessary condition of readiness (the guide's digital appetite), the least share of
 *        its points an answer must earn, else null: below it the readiness level is capped
 * @param condition when it is asked, or null when always
 * @param min the least value of a number answer, null for other types (a scale is always 0 to 4)
 * @param max the greatest value of a number answer, null for other types
 * @param pattern the regular expression a text answer matches, null for other types
 */
public record Question(String code, String section, int position, QuestionType type, boolean required, int weight,
        Double necessaryThreshold, Condition condition, List<AnswerOption> options, Long min, Long max,
        String pattern, LocalizedText label, LocalizedText help) {

    public static final String PROFILE = "profile";

    public Question {
        options = List.copyOf(options);
    }

    public boolean isScored() {
        return weight > 0;
    }

    public boolean isNecessary() {
        return necessaryThreshold != null;
    }

    public Optional<AnswerOption> option(String optionCode) {
        return options.stream().filter(option -> option.code().equals(optionCode)).findFirst();
    }

    /** The share of its weight an answer earns, from 0 to 1. */
    public double share(Answer answer) {
        if (answer instanceof Answer.Choice choice) {
            return type == QuestionType.YES_NO
                    ? (QuestionType.YES.equals(choice.code()) ? 1 : 0)
                    : option(choice.code()).map(AnswerOption::points).orElse(0.0);
        }
        if (answer instanceof Answer.Choices choices) {
            double sum = 0;
            for (String selected : choices.selected()) {
                sum += option(selected).map(AnswerOption::points).orElse(0.0);
            }
            return Math.min(1, sum);
        }
        if (answer instanceof Answer.Count count && type == QuestionType.SCALE) {
            return (double) count.value() / QuestionType.SCALE_MAX;
        }
        return 0;
    }
}
