package fr.boussole.catalogue.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sector or business function in every language, for the dump. */
@Schema(name = "TermExport")
public record TermExport(
        @Schema(examples = "sante") String code,
        @Schema(examples = "5") int position,
        TermTranslations translations) {
}
