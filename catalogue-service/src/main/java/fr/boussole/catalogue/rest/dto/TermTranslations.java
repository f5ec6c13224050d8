package fr.boussole.catalogue.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A term's text in every language the catalogue is published in. */
@Schema(name = "TermTranslations")
public record TermTranslations(@NotNull @Valid TermText fr, @NotNull @Valid TermText en) {
}
