package fr.boussole.catalogue.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the content of a use case comes from. */
@Schema(name = "Source")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(
        @Schema(examples = "Perspectives IA — cas d'usage et témoignages") String title,
        @Schema(examples = "https://perspectives-ia.fr/") String url) {
}
