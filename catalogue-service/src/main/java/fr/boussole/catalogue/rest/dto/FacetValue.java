package fr.boussole.catalogue.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many results a filter value would give, the other filters staying as they are. */
@Schema(name = "FacetValue")
public record FacetValue(@Schema(examples = "sante") String value, @Schema(examples = "12") long count) {
}
