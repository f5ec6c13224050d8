package fr.boussole.directory.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.MonthRange;
import fr.boussole.directory.domain.PartnerKindCategory;

/** A partner kind in the language the caller asked for. */
@Schema(name = "PartnerKindSummary")
public record PartnerKindSummary(
        @Schema(description = "Stable id (slug)", examples = "turnkey-solution-provider") String code,
        PartnerKindCategory category,
        @Schema(examples = "Fournisseur de solution clé en main") String name,
        String description,
        @Schema(nullable = true, description = "Typical time to a first test, when the guide gives one")
        @JsonInclude(JsonInclude.Include.NON_NULL) MonthRange firstTest,
        @Schema(description = "Rank in the guide's order", examples = "1") int position) {
}
