package fr.boussole.catalogue.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.domain.UseCaseTexts;

/** A use case's text in every language; English may wait until publication. */
@Schema(name = "UseCaseTranslations")
public record UseCaseTranslations(@NotNull @Valid UseCaseTexts fr, @Valid UseCaseTexts en) {
}
