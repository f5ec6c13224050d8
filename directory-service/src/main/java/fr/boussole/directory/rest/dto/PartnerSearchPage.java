package fr.boussole.directory.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.search.FacetValue;

/** A page of published partners, and the facets of the whole result. */
@Schema(name = "PartnerSearchPage")
public record PartnerSearchPage(
        @Schema(required = true) List<PartnerView> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "17") long total,
        @Schema(required = true, examples = "1") long totalPages,
        @Schema(required = true) Facets facets) {

    /**
     * Counts per filter value for the current query, each with every other filter applied but its own: what
     * choosing (or adding) that value would give. A region counts the partners that serve it, nationwide ones
     * included.
     */
    @Schema(name = "PartnerFacets")
    public record Facets(List<FacetValue> kinds, List<FacetValue> regions, List<FacetValue> sectors,
            List<FacetValue> useCases, List<FacetValue> offers, List<FacetValue> verified) {
    }
}
