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
        SearchFacets facets,
        @Schema(description = "False when no use case has every word of q: the results have the most of them,"
                + " best first") boolean matchedAllWords,
        @Schema(nullable = true, description = "The words of q with the nearest spelling the catalogue uses, when"
                + " some word of q is in no use case; when nothing matched q at all, the results are this search's",
                examples = "maintenance predictive") String didYouMean) {
}
