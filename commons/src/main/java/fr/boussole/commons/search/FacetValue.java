package fr.boussole.commons.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many results a filter value would give, the other filters staying as they are. */
@Schema(name = "FacetValue")
public record FacetValue(@Schema(examples = "sante") String value, @Schema(examples = "12") long count) {

    /** The counts of one facet, most frequent first, then by value. */
    public static List<FacetValue> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(entry -> new FacetValue(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value))
                .toList();
    }
}
