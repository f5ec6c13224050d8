package fr.boussole.directory.rest.dto;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.SelectionCriterion;

/** One evaluation of a partner. */
@Schema(name = "Evaluation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationView(
        @Schema(examples = "factura-clic-demo") String partner,
        @Schema(examples = "sme.paris") String evaluator,
        @Schema(examples = "sme") String evaluatorRole,
        Map<SelectionCriterion, Integer> scores,
        @Schema(nullable = true) String comment,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
