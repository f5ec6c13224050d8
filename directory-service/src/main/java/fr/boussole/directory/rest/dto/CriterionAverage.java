package fr.boussole.directory.rest.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.SelectionCriterion;

/** The average score of a partner on one criterion, over the evaluations that judged it. */
@Schema(name = "CriterionAverage")
public record CriterionAverage(SelectionCriterion criterion,
        @Schema(nullable = true, description = "1 to 5, two decimals; absent when nobody judged it", examples = "3.67")
        BigDecimal average,
        @Schema(description = "Evaluations that judged it", examples = "3") long count) {
}
