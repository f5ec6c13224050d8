package fr.boussole.catalogue.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search results, and the facets of the whole result. */
@Schema(name = "UseCaseSearchPage")
public record UseCaseSearchPage(
        @Schema(required = true) List<UseCaseSummary> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "36") long total,
        @Schema(required = true, examples = "2") long totalPages,
        @Schema(required = true) SearchFacets facets) {
}
