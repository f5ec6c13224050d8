package fr.boussole.assessment.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.assessment.scoring.QuestionType;

/** A question in the caller's language, with what an answer to it must be and how it counts. */
@Schema(name = "Question")
public record QuestionView(
        @Schema(examples = "digital-appetite") String code,
        @Schema(description = "profile, or the dimension it is scored in", examples = "skills") String section,
        @Schema(examples = "22") int position,
        QuestionType type,
        @Schema(description = "Needed to submit, when asked") boolean required,
        @Schema(description = "Share of its dimension against the other questions asked there; 0 when not scored",
                examples = "3") int weight,
        @Schema(description = "A necessary condition of readiness: below its threshold the level is capped")
        boolean necessary,
        @Schema(nullable = true, description = "Asked only when this is met; absent when always asked")
        ConditionView askedWhen,
        List<OptionView> options,
        @Schema(nullable = true, description = "Least value of a number answer") Long min,
        @Schema(nullable = true, description = "Greatest value of a number answer") Long max,
        @Schema(nullable = true, description = "Regular expression a text answer matches") String pattern,
        @Schema(examples = "Quelle est l'appétence digitale de vos experts métiers ?") String label,
        @Schema(nullable = true) String help) {

    @Schema(name = "QuestionOption")
    public record OptionView(@Schema(examples = "shared") String code, String label,
            @Schema(description = "Stands alone in a multiple choice") boolean exclusive) {
    }

    @Schema(name = "QuestionCondition")
    public record ConditionView(@Schema(examples = "build-mode") String question, List<String> anyOf) {
    }
}
