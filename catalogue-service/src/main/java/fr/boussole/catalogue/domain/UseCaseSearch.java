package fr.boussole.catalogue.domain;

import java.util.List;
import java.util.Set;

import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.SolutionType;
import fr.boussole.commons.i18n.Language;

/**
 * A search of the published catalogue: words in one language (free text, and groups of synonyms found in the
 * caller's words, any phrase of a group matching), filters (any of the values within a filter, all the filters
 * together) and an order. Empty sets filter nothing.
 */
public record UseCaseSearch(
        String text,
        List<List<String>> synonymGroups,
        Language language,
        Set<String> sectors,
        Set<String> functions,
        Set<SolutionType> solutionTypes,
        Set<DataKind> dataKinds,
        Set<CriticalDomain> criticalDomains,
        Boolean personalData,
        Order order) {

    public enum Order {
        /** Best matches first; alphabetical without words. */
        RELEVANCE,
        /** Alphabetical by title in the search language. */
        TITLE
    }

    public boolean hasFreeText() {
        return text != null && !text.isBlank();
    }

    public boolean hasText() {
        return hasFreeText() || !synonymGroups.isEmpty();
    }
}
