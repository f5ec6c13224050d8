package fr.boussole.directory.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner kind's text in every language the directory is published in. */
@Schema(name = "KindTranslations")
public record KindTranslations(@NotNull @Valid KindText fr, @NotNull @Valid KindText en) {
}
