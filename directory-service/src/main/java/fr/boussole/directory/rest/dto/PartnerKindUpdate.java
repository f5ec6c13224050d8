package fr.boussole.directory.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.MonthRange;

/** A curator's new wording of a partner kind, and its typical time to a first test (none when not known). */
@Schema(name = "PartnerKindUpdate")
public record PartnerKindUpdate(@NotNull @Valid KindTranslations translations, @Valid MonthRange firstTest) {
}
