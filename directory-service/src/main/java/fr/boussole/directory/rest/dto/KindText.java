package fr.boussole.directory.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The name and description of a partner kind in one language. */
@Schema(name = "KindText")
public record KindText(
        @NotBlank @Size(max = 120) @Schema(examples = "Fournisseur de solution clé en main") String name,
        @NotBlank @Size(max = 1000) String description) {
}
