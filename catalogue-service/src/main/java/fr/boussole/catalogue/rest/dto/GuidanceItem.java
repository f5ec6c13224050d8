package fr.boussole.catalogue.rest.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One point of the guidance, in the caller's language, with where it comes from and when that was checked. */
@Schema(name = "GuidanceItem")
public record GuidanceItem(
        @Schema(examples = "fairness") String code,
        @Schema(examples = "Équité") String title,
        String text,
        @Schema(description = "Where it comes from") String source,
        @Schema(nullable = true, description = "The source's page") String sourceUrl,
        @Schema(description = "The day it was last checked against its source") LocalDate checkedOn,
        @Schema(description = "HIGH, MEDIUM, or TO_CONFIRM (to show as unconfirmed)") String confidence) {
}
