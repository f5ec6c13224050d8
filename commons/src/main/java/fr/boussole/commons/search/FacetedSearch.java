package fr.boussole.commons.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.boussole.commons.i18n.Language;

/**
 * A search of a {@link DocumentIndex}: words, filters (any of the values within a dimension, all the dimensions
 * together), facets counted with every filter but their own, and a page in order. Bit-set arithmetic only: a facet
 * value's count is the size of an intersection.
 */
public final class FacetedSearch {

    public enum Order {
        /**
         * Best first: the sum of the weights of the words found, then the demoted documents last, then by position,
         * then by name.
         */
        RELEVANCE,
        /** By name in the search's language. */
        NAME
    }

    /**
     * What to look for. {@code tsQuery}: the caller's words as PostgreSQL parses them, null for no words (every
     * document matches), blank when they were only stop words (none matches). {@code demoted}: documents that come
     * after the others of equal relevance (may be null).
     */
    public record Query(Language language, String tsQuery, Map<String, Set<String>> filters, List<String> facets,
            Order order, BitSet demoted) {
    }

    /** One page of ids (in order), the number of results in all, and each facet's counts. */
    public record Results(List<String> ids, long total, Map<String, Map<String, Long>> facets) {
    }

    private static final long MAX_SCORE = (1L << 21) - 1;
    private static final long NAME_RANK_MASK = (1L << 26) - 1;

    private FacetedSearch() {
    }

    public static Results run(DocumentIndex index, Query query, int offset, int limit) {
        BitSet matching = index.all();
        List<TsQuery.Lexeme> rankedBy = List.of();
        if (query.tsQuery() != null) {
            TsQuery.Node words = TsQuery.parse(query.tsQuery());
            matching = words == null ? new BitSet() : words.matches(index, query.language());
            rankedBy = words == null ? List.of() : TsQuery.positiveLexemes(words);
        }
        Map<String, BitSet> filters = new LinkedHashMap<>();
        query.filters().forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                filters.put(dimension, index.having(dimension, values));
            }
        });
        BitSet hits = filtered(matching, filters, null);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : query.facets()) {
            facets.put(facet, index.count(facet, filtered(matching, filters, facet)));
        }
        return new Results(page(index, hits, rankedBy, query, offset, limit), hits.cardinality(), facets);
    }

    private static BitSet filtered(BitSet matching, Map<String, BitSet> filters, String except) {
        BitSet result = (BitSet) matching.clone();
        filters.forEach((dimension, having) -> {
            if (!dimension.equals(except)) {
                result.and(having);
            }
        });
        return result;
    }

    private static List<String> page(DocumentIndex index, BitSet hits, List<TsQuery.Lexeme> rankedBy, Query query,
            int offset, int limit) {
        Language language = query.language();
        List<String> page = new ArrayList<>(limit);
        int[] nameOrder = index.byName(language);
        if (query.order() == Order.NAME) {
            int seen = 0;
            for (int document : nameOrder) {
                if (hits.get(document) && seen++ >= offset) {
                    page.add(index.id(document));
                    if (page.size() == limit) {
                        break;
                    }
                }
            }
            return page;
        }
        float[] scores = new float[index.size()];
        rankedBy.forEach(lexeme -> index.addWeights(language, lexeme, hits, scores));
        // One primitive sort of keys that order as (score descending, demoted last, position, name) and end with
        // the document's name rank, which names it: 21 bits of score (in thousandths), 1 demoted, 15 position.
        long[] keys = hits.stream().mapToLong(document -> {
            long score = Math.min(MAX_SCORE, Math.round(scores[document] * 1000));
            long demoted = query.demoted() != null && query.demoted().get(document) ? 1 : 0;
            long position = Math.min(0x7FFF, Math.max(0, index.position(document)));
            return (MAX_SCORE - score) << 42 | demoted << 41 | position << 26 | index.nameRank(language, document);
        }).toArray();
        Arrays.sort(keys);
        for (int i = offset; i < keys.length && page.size() < limit; i++) {
            page.add(index.id(nameOrder[(int) (keys[i] & NAME_RANK_MASK)]));
        }
        return page;
    }
}
