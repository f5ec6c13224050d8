package fr.boussole.catalogue.domain;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A use case's text in one language. */
@Schema(name = "UseCaseTexts")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UseCaseTexts(
        @Size(max = 200) @Schema(examples = "Tri des candidatures") String title,
        @Size(max = 500) @Schema(description = "One or two sentences") String summary,
        @Size(max = 10000) @Schema(description = "What it does and how") String body,
        @Size(max = 10) @Schema(description = "Expected benefits") List<@NotBlank @Size(max = 300) String> benefits,
        @Size(max = 1000) @Schema(description = "Why its domain is critical, when it is") String criticalRationale) {
}
