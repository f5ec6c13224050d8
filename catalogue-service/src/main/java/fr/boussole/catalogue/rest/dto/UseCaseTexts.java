package fr.boussole.catalogue.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A use case's text in one language. */
@Schema(name = "UseCaseTexts")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UseCaseTexts(
        @Schema(examples = "Tri des candidatures") String title,
        @Schema(description = "One or two sentences") String summary,
        @Schema(description = "What it does and how") String body,
        @Schema(description = "Expected benefits") List<String> benefits,
        @Schema(description = "Why its domain is critical, when it is") String criticalRationale) {
}
