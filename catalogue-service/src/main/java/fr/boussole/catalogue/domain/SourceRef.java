package fr.boussole.catalogue.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the content of a use case comes from. */
@Schema(name = "Source")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(
        @NotBlank @Size(max = 300) @Schema(examples = "Perspectives IA — cas d'usage et témoignages") String title,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(examples = "https://perspectives-ia.fr/") String url) {
}
