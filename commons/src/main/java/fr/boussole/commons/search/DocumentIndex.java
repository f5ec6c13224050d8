package fr.boussole.commons.search;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import fr.boussole.commons.i18n.Language;

/**
 * Searchable documents held in memory: for each language the documents holding each lexeme, with the weight it
 * has there (A counts 1, B 0.4, C 0.2, D 0.1, PostgreSQL's default weights), a bit set of the documents having each
 * value of each dimension (what filters and facets read), and the documents sorted by name. Lexemes come from
 * PostgreSQL's text search, so stemming and accents are its own. Built once, then only read, by any number of
 * threads.
 */
public final class DocumentIndex {

    /** The entries holding a lexeme, ascending, and its weight in each. */
    private record Posting(int[] documents, float[] weights) {
    }

    /** A posting as it is built, document after document. */
    private static final class GrowingPosting {
        private int[] documents = new int[4];
        private float[] weights = new float[4];
        private int size;

        void add(int document, float weight) {
            if (size == documents.length) {
                documents = Arrays.copyOf(documents, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            documents[size] = document;
            weights[size++] = weight;
        }

        Posting done() {
            return new Posting(Arrays.copyOf(documents, size), Arrays.copyOf(weights, size));
        }
    }

    private static final Map<Character, Float> WEIGHTS = Map.of('A', 1.0f, 'B', 0.4f, 'C', 0.2f, 'D', 0.1f);

    private final String[] ids;
    private final int[] positions;
    private final Map<Language, Map<String, Posting>> lexicon = new EnumMap<>(Language.class);
    private final Map<String, Map<String, BitSet>> dimensions = new HashMap<>();
    private final Map<Language, int[]> byName = new EnumMap<>(Language.class);
    private final Map<Language, int[]> nameRank = new EnumMap<>(Language.class);

    public DocumentIndex(List<SearchDocument> documents) {
        ids = documents.stream().map(SearchDocument::id).toArray(String[]::new);
        positions = documents.stream().mapToInt(SearchDocument::position).toArray();
        Map<Language, Map<String, GrowingPosting>> postings = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            postings.put(language, new HashMap<>());
        }
        for (int i = 0; i < documents.size(); i++) {
            SearchDocument document = documents.get(i);
            for (Language language : Language.values()) {
                addLexemes(postings.get(language), document.lexemes().get(language), i);
            }
            int index = i;
            document.values().forEach((dimension, values) -> {
                Map<String, BitSet> byValue = dimensions.computeIfAbsent(dimension, key -> new HashMap<>());
                values.forEach(value -> byValue.computeIfAbsent(value, key -> new BitSet()).set(index));
            });
        }
        postings.forEach((language, byLexeme) -> {
            Map<String, Posting> done = new HashMap<>(byLexeme.size() * 2);
            byLexeme.forEach((lexeme, posting) -> done.put(lexeme, posting.done()));
            lexicon.put(language, done);
        });
        for (Language language : Language.values()) {
            sortByName(language, documents);
        }
    }

    public int size() {
        return ids.length;
    }

    public String id(int document) {
        return ids[document];
    }

    public int position(int document) {
        return positions[document];
    }

    public BitSet all() {
        BitSet all = new BitSet(ids.length);
        all.set(0, ids.length);
        return all;
    }

    /** The documents holding the lexeme, or with a prefix, one of the lexemes it begins. */
    public BitSet containing(Language language, String lexeme, boolean prefix) {
        BitSet result = new BitSet(ids.length);
        for (Posting posting : postings(language, lexeme, prefix)) {
            for (int document : posting.documents()) {
                result.set(document);
            }
        }
        return result;
    }

    /** Adds to each document of {@code among} the weight the lexeme has there. */
    public void addWeights(Language language, TsQuery.Lexeme lexeme, BitSet among, float[] scores) {
        for (Posting posting : postings(language, lexeme.text(), lexeme.prefix())) {
            for (int j = 0; j < posting.documents().length; j++) {
                if (among.get(posting.documents()[j])) {
                    scores[posting.documents()[j]] += posting.weights()[j];
                }
            }
        }
    }

    /** The documents having one of the values in the dimension. */
    public BitSet having(String dimension, Iterable<String> values) {
        BitSet result = new BitSet(ids.length);
        Map<String, BitSet> byValue = dimensions.getOrDefault(dimension, Map.of());
        for (String value : values) {
            BitSet holders = byValue.get(value);
            if (holders != null) {
                result.or(holders);
            }
        }
        return result;
    }

    /** For each value of the dimension, how many of {@code among} have it; values none of them has are left out. */
    public Map<String, Long> count(String dimension, BitSet among) {
        BitSet scratch = new BitSet(ids.length);
        Map<String, Long> counts = new LinkedHashMap<>();
        dimensions.getOrDefault(dimension, Map.of()).forEach((value, holders) -> {
            scratch.clear();
            scratch.or(holders);
            scratch.and(among);
            long count = scratch.cardinality();
            if (count > 0) {
                counts.put(value, count);
            }
        });
        return counts;
    }

    /** The documents in name order, in a language. */
    public int[] byName(Language language) {
        return byName.get(language);
    }

    /** Where the document comes in name order. */
    public int nameRank(Language language, int document) {
        return nameRank.get(language)[document];
    }

    private List<Posting> postings(Language language, String lexeme, boolean prefix) {
        Map<String, Posting> byLexeme = lexicon.get(language);
        if (!prefix) {
            Posting posting = byLexeme.get(lexeme);
            return posting == null ? List.of() : List.of(posting);
        }
        return byLexeme.entrySet().stream().filter(entry -> entry.getKey().startsWith(lexeme))
                .map(Map.Entry::getValue).toList();
    }

    private void sortByName(Language language, List<SearchDocument> documents) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language.code()));
        CollationKey[] keys = documents.stream().map(document -> collator.getCollationKey(document.name(language)))
                .toArray(CollationKey[]::new);
        int[] order = IntStream.range(0, documents.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> keys[i]).thenComparing(i -> ids[i]))
                .mapToInt(Integer::intValue).toArray();
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        byName.put(language, order);
        nameRank.put(language, rank);
    }

    /** Reads {@code 'lexeme':1A,5B 'other':2} into the postings: the sum of the weights of its positions. */
    private static void addLexemes(Map<String, GrowingPosting> postings, String tsvector, int document) {
        int at = 0;
        int length = tsvector == null ? 0 : tsvector.length();
        while (at < length) {
            if (tsvector.charAt(at) != '\'') {
                at++;
                continue;
            }
            StringBuilder lexeme = new StringBuilder();
            at = TsQuery.readQuoted(tsvector, at, lexeme);
            float weight = 0;
            if (at < length && tsvector.charAt(at) == ':') {
                at++;
                while (at < length && tsvector.charAt(at) != ' ') {
                    char c = tsvector.charAt(at++);
                    if (Character.isDigit(c)) {
                        boolean lettered = at < length && WEIGHTS.containsKey(tsvector.charAt(at));
                        if (!lettered && (at >= length || !Character.isDigit(tsvector.charAt(at)))) {
                            weight += WEIGHTS.get('D');
                        }
                    } else if (WEIGHTS.containsKey(c)) {
                        weight += WEIGHTS.get(c);
                    }
                }
            } else {
                weight = WEIGHTS.get('D');
            }
            postings.computeIfAbsent(lexeme.toString(), key -> new GrowingPosting()).add(document, weight);
        }
    }
}
