package fr.boussole.directory.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.search.FacetValue;

/** A page of published partners, and the facets of the whole result. */
@Schema(name = "PartnerSearchPage")
public record PartnerSearchPage(
        List<PartnerView> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "17") long total,
        @Schema(examples = "1") long totalPages,
        Facets facets) {

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
