package fr.boussole.catalogue.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search results, and the facets of the whole result. */
@Schema(name = "UseCaseSearchPage")
public record UseCaseSearchPage(
        List<UseCaseSummary> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "36") long total,
        @Schema(examples = "2") long totalPages,
        SearchFacets facets) {
}
