package fr.boussole.directory.rest.dto;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.SelectionCriterion;

/** Two to five partners to compare, and how much each criterion matters to the SME (0 to 10; 1 when left out). */
@Schema(name = "ComparisonRequest")
public record ComparisonRequest(
        @NotNull @Size(min = 2, max = 5) @Schema(examples = "[\"factura-clic-demo\", \"cap-ia-conseil-demo\"]")
        List<@NotBlank @Size(max = 80) String> partners,
        @Schema(examples = "{\"TOTAL_COST\": 5, \"TRAINING\": 0}")
        Map<@NotNull SelectionCriterion, @NotNull @Min(0) @Max(10) Integer> weights) {
}
