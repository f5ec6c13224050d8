package fr.boussole.catalogue.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The name and description of a term in one language. */
@Schema(name = "TermText")
public record TermText(
        @NotBlank @Size(max = 120) @Schema(examples = "Santé") String name,
        @NotBlank @Size(max = 1000) @Schema(examples = "Établissements de soins, laboratoires et pharmacie.")
        String description) {
}
