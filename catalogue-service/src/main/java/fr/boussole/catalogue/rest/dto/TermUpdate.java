package fr.boussole.catalogue.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's new wording of a sector or business function, in both languages. */
@Schema(name = "TermUpdate")
public record TermUpdate(@NotNull @Valid TermTranslations translations) {
}
