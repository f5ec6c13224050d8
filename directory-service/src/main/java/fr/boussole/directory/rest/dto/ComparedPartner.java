package fr.boussole.directory.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.SelectionCriterion;

/**
 * A partner in a comparison: its weighted score and what each criterion brought to it. The score is the
 * weighted average of the criteria judged: the sum of weight × average over those criteria, divided by the sum of
 * their weights; each contribution is its term of that sum, so the contributions add up to the score.
 */
@Schema(name = "ComparedPartner")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComparedPartner(
        @Schema(nullable = true, description = "1 for the best score, equal scores share a rank; none without a score",
                examples = "1") Integer rank,
        @Schema(examples = "factura-clic-demo") String slug,
        @Schema(examples = "Factura Clic (démo)") String name,
        @Schema(nullable = true,
                description = "1 to 5, two decimals; absent without any evaluation on a weighted criterion",
                examples = "3.85") BigDecimal score,
        @Schema(description = "Share of the total weight whose criteria have been judged, 0 to 1",
                examples = "0.75") BigDecimal coverage,
        @Schema(examples = "4") long evaluations,
        List<Contribution> criteria) {

    /** One criterion of one partner in the comparison. */
    @Schema(name = "CriterionContribution")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contribution(SelectionCriterion criterion, @Schema(examples = "3") int weight,
            @Schema(nullable = true, description = "Absent when nobody judged it") BigDecimal average,
            @Schema(nullable = true, description = "What it adds to the score; absent when nobody judged it") BigDecimal contribution) {
    }
}
