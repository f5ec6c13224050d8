package fr.boussole.directory.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.search.FacetValue;

/** A page of funding aids, and the facets of the whole result. */
@Schema(name = "AidSearchPage")
public record AidSearchPage(
        List<FundingAidView> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "7") long total,
        @Schema(examples = "1") long totalPages,
        Facets facets) {

    /**
     * Counts per filter value for the current query, each with every other filter applied but its own. A region
     * counts the aids offered there, nationwide ones included.
     */
    @Schema(name = "AidFacets")
    public record Facets(List<FacetValue> aidTypes, List<FacetValue> regions) {
    }
}
