package fr.boussole.catalogue.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.search.FacetValue;

/**
 * Counts per filter value for the current query. Each facet counts with every other filter applied but its own,
 * so the counts say what choosing (or adding) that value would give.
 */
@Schema(name = "SearchFacets")
public record SearchFacets(
        List<FacetValue> sectors,
        List<FacetValue> functions,
        List<FacetValue> solutionTypes,
        List<FacetValue> dataKinds,
        List<FacetValue> criticalDomains,
        List<FacetValue> personalData) {
}
