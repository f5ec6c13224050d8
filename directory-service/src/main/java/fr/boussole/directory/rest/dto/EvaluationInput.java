package fr.boussole.directory.rest.dto;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.SelectionCriterion;

/** An evaluator's scores of a partner: 1 to 5 per criterion judged (5 is the most favourable), and a comment. */
@Schema(name = "EvaluationInput")
public record EvaluationInput(
        @NotEmpty @Schema(description = "Criteria not judged are left out",
                examples = "{\"BUSINESS_NEEDS\": 4, \"TOTAL_COST\": 3}")
        Map<@NotNull SelectionCriterion, @NotNull @Min(1) @Max(5) Integer> scores,
        @Size(max = 2000) String comment) {
}
