package fr.boussole.catalogue.rest.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A sector or business function in the caller's language, with its text in every language (what a curator edits)
 * and its version (what {@code If-Match} names).
 */
@Schema(name = "TermDetails")
public record TermDetails(
        @Schema(description = "Stable id (slug)", examples = "sante") String code,
        @Schema(examples = "Santé") String name,
        String description,
        @Schema(examples = "5") int position,
        TermTranslations translations,
        @Schema(description = "Incremented by every change", examples = "1") long version,
        Instant updatedAt) {
}
