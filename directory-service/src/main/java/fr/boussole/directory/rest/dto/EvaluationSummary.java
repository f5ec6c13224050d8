package fr.boussole.directory.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the evaluations of a partner say, criterion by criterion. */
@Schema(name = "EvaluationSummary")
public record EvaluationSummary(@Schema(examples = "factura-clic-demo") String partner,
        @Schema(examples = "3") long evaluations, List<CriterionAverage> criteria) {
}
