package fr.boussole.catalogue.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sector or business function in the language the caller asked for, with its number of use cases. */
@Schema(name = "TermSummary")
public record TermSummary(
        @Schema(description = "Stable id (slug)", examples = "sante") String code,
        @Schema(examples = "Santé") String name,
        @Schema(examples = "Établissements de soins, laboratoires et pharmacie.") String description,
        @Schema(description = "Rank in the guide's order", examples = "5") int position,
        @Schema(description = "Published use cases; for a sector, transversal ones included",
                examples = "22") long useCaseCount) {
}
