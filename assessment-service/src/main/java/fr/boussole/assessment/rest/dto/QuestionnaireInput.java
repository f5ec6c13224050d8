package fr.boussole.assessment.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.assessment.scoring.QuestionType;

/**
 * A whole questionnaire version to publish: its dimensions and its questions in the order they are asked. The seed
 * files ({@code seed/questionnaire-v*.json}) use the same form with their version number.
 */
@Schema(name = "QuestionnaireInput")
public record QuestionnaireInput(
        @NotEmpty @Size(max = 10) List<@NotNull @Valid DimensionInput> dimensions,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid QuestionInput> questions) {

    /** The form of a question or option code. */
    public static final String CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";

    @Schema(name = "DimensionInput")
    public record DimensionInput(
            @NotBlank @Size(max = 30) @Pattern(regexp = "^[a-z]+(-[a-z]+)*$") @Schema(examples = "data") String code,
            @Min(1) @Max(10) int position,
            @NotNull @Valid DimensionText fr,
            @NotNull @Valid DimensionText en) {
    }

    @Schema(name = "DimensionText")
    public record DimensionText(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 2000) String description) {
    }

    @Schema(name = "QuestionInput")
    public record QuestionInput(
            @NotBlank @Size(max = 40) @Pattern(regexp = CODE) @Schema(examples = "digital-appetite") String code,
            @NotBlank @Size(max = 30) @Schema(description = "profile, or the code of the dimension it is scored in",
                    examples = "skills") String section,
            @NotNull QuestionType type,
            boolean required,
            @Min(0) @Max(100) @Schema(description = "Share of its dimension against the other questions asked there;"
                    + " 0 when not scored", examples = "3") int weight,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Schema(description = "For a necessary"
                    + " condition of readiness: the least share of its points an answer must earn", examples = "0.5")
            Double necessaryThreshold,
            @Valid ConditionInput askedWhen,
            @Size(max = 50) List<@NotNull @Valid OptionInput> options,
            @Schema(description = "Least number a number answer may be") @Min(-1_000_000_000_000L)
            @Max(1_000_000_000_000L) Long min,
            @Schema(description = "Greatest number a number answer may be") @Min(-1_000_000_000_000L)
            @Max(1_000_000_000_000L) Long max,
            @Size(max = 200) String pattern,
            @NotNull @Valid QuestionText fr,
            @NotNull @Valid QuestionText en) {
    }

    @Schema(name = "ConditionInput", description = "Asked only when the answer to an earlier question is one of these")
    public record ConditionInput(
            @NotBlank @Size(max = 40) @Schema(examples = "build-mode") String question,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 40) String> anyOf) {
    }

    @Schema(name = "OptionInput")
    public record OptionInput(
            @NotBlank @Size(max = 40) @Pattern(regexp = CODE) @Schema(examples = "shared") String code,
            @DecimalMin("0") @DecimalMax("1") @Schema(description = "Share of the question's weight it earns",
                    examples = "1") double points,
            @Schema(description = "Cannot be combined with other options (\"none\")") boolean exclusive,
            @NotBlank @Size(max = 200) String fr,
            @NotBlank @Size(max = 200) String en) {
    }

    @Schema(name = "QuestionText")
    public record QuestionText(@NotBlank @Size(max = 500) String label, @Size(max = 1000) String help) {
    }
}
