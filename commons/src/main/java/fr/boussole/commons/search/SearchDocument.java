package fr.boussole.commons.search;

import java.util.List;
import java.util.Map;

import fr.boussole.commons.i18n.Language;

/**
 * What a {@link DocumentIndex} holds of one searchable document: its id, its name and lexemes in each language
 * (lexemes as PostgreSQL prints a tsvector: {@code 'mainten':2A,19B}), a position that orders documents of equal
 * relevance before their names do, and its values in each dimension filters and facets read. A document that
 * stands for every value of a dimension (nationwide, transversal) lists them all.
 */
public record SearchDocument(String id, Map<Language, String> names, int position,
        Map<String, List<String>> values, Map<Language, String> lexemes) {

    public String name(Language language) {
        return names.get(language);
    }
}
