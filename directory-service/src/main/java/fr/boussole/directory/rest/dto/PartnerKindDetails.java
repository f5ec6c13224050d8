package fr.boussole.directory.rest.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.MonthRange;
import fr.boussole.directory.domain.PartnerKindCategory;

/**
 * A partner kind in the caller's language, with its text in every language (what a curator edits) and its version
 * (what {@code If-Match} names).
 */
@Schema(name = "PartnerKindDetails")
public record PartnerKindDetails(
        @Schema(description = "Stable id (slug)", examples = "turnkey-solution-provider") String code,
        PartnerKindCategory category,
        String name,
        String description,
        @Schema(nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) MonthRange firstTest,
        int position,
        KindTranslations translations,
        @Schema(description = "Incremented by every change", examples = "1") long version,
        Instant updatedAt) {
}
