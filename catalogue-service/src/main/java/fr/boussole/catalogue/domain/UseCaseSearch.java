package fr.boussole.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.SolutionType;
import fr.boussole.commons.i18n.Language;

/**
 * A search of the published catalogue: the caller's words as typed, read in one language as free text and groups of
 * synonyms found in them (any phrase of a group matching), filters (any of the values within a filter, all the filters
 * together) and an order. Empty sets filter nothing.
 */
public record UseCaseSearch(
        String words,
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

    /** A word of the free text: a quoted phrase, or a run of non-blanks, either perhaps excluded by a minus. */
    private static final Pattern WORD = Pattern.compile("-?\"[^\"]*\"?|\\S+");

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

    /** The free text's words: a quoted phrase counts as one (quotes kept), an excluded word keeps its minus. */
    public List<String> freeWords() {
        if (!hasFreeText()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** The same search for other words (a correction of the caller's), read as free text and synonym groups. */
    public UseCaseSearch withWords(String words, String text, List<List<String>> synonymGroups) {
        return new UseCaseSearch(words, text, synonymGroups, language, sectors, functions, solutionTypes, dataKinds,
                criticalDomains, personalData, order);
    }

    /** How many things the search looks for: free words and groups of synonyms. */
    public int termCount() {
        return freeWords().size() + synonymGroups.size();
    }
}
