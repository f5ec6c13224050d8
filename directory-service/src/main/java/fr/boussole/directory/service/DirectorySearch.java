package fr.boussole.directory.service;

import java.util.Map;
import java.util.Set;

import fr.boussole.commons.i18n.Language;
import fr.boussole.directory.service.SearchIndex.EntryType;
import fr.boussole.directory.service.SearchIndex.Facet;

/**
 * A search of the published partners or of the funding aids: words in one language, filters (any of the values
 * within a filter, all the filters together), the département the company is in, and an order. Empty sets and null values filter nothing.
 */
public record DirectorySearch(
        EntryType type,
        String text,
        Language language,
        Map<Facet, Set<String>> filters,
        String departement,
        Order order) {

    public enum Order {
        /** Best matches first; without words, partners by name and aids in the guide's order. */
        RELEVANCE,
        /** By name in the search language. */
        NAME
    }

    public DirectorySearch {
        filters = Map.copyOf(filters);
        order = order == null ? Order.RELEVANCE : order;
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
