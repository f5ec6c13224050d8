package fr.boussole.assessment.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dimension of the stock-take in the caller's language. */
@Schema(name = "Dimension")
public record DimensionView(
        @Schema(description = "Stable id", examples = "skills") String code,
        @Schema(examples = "Compétences") String name,
        String description,
        @Schema(examples = "2") int position) {
}
