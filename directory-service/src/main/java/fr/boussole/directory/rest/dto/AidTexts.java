package fr.boussole.directory.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An aid's wording in one language. */
@Schema(name = "AidTexts")
public record AidTexts(
        @NotBlank @Size(max = 180) @Schema(examples = "Innov'up") String name,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 2000) @Schema(description = "Conditions no rule checks") String conditions) {
}
