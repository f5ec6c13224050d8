package fr.boussole.directory.repository;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import fr.boussole.directory.repository.SearchIndex.Facet;
import fr.boussole.directory.service.Geography;

/**
 * The search entries of one type (partners, or aids) held in memory: for each language the entries holding each
 * lexeme, with the weight it has there (title A counts 1, B 0.4, C 0.2, D 0.1, as PostgreSQL ranks by default),
 * the entries having each facet value as bit sets, and the entries sorted by name. Built once per version of the
 * index, then only read, by any number of threads.
 */
final class IndexedEntries {

    /** One row of search_entry; lexemes as PostgreSQL prints a tsvector. */
    record Entry(String id, String nameFr, String nameEn, int position, String kind, Boolean verified,
            boolean nationwide, List<String> regions, List<String> departements, List<String> servedRegions,
            List<String> sectors, List<String> useCases, List<String> offers, List<String> aidTypes,
            String lexemesFr, String lexemesEn) {
    }

    /** The entries holding a lexeme, ascending, and its weight in each. */
    private record Posting(int[] entries, float[] weights) {
    }

    /** A posting as it is built, entry after entry. */
    private static final class GrowingPosting {
        private int[] entries = new int[4];
        private float[] weights = new float[4];
        private int size;

        void add(int entry, float weight) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            entries[size] = entry;
            weights[size++] = weight;
        }

        Posting done() {
            return new Posting(Arrays.copyOf(entries, size), Arrays.copyOf(weights, size));
        }
    }

    private static final Map<Character, Float> WEIGHTS = Map.of('A', 1.0f, 'B', 0.4f, 'C', 0.2f, 'D', 0.1f);

    private final String[] ids;
    private final int[] positions;
    private final Map<String, Map<String, Posting>> lexicon = new HashMap<>();
    private final Map<Facet, Map<String, BitSet>> facetValues = new EnumMap<>(Facet.class);
    private final BitSet nationwide = new BitSet();
    private final Map<String, BitSet> servingDepartement = new HashMap<>();
    private final Map<String, int[]> byName = new HashMap<>();
    private final Map<String, int[]> nameRank = new HashMap<>();

    IndexedEntries(List<Entry> entries, Geography geography) {
        ids = entries.stream().map(Entry::id).toArray(String[]::new);
        positions = entries.stream().mapToInt(Entry::position).toArray();
        for (Facet facet : Facet.values()) {
            facetValues.put(facet, new HashMap<>());
        }
        Map<String, Map<String, GrowingPosting>> postings = Map.of("fr", new HashMap<>(), "en", new HashMap<>());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            addLexemes(postings.get("fr"), entry.lexemesFr(), i);
            addLexemes(postings.get("en"), entry.lexemesEn(), i);
            mark(Facet.KIND, entry.kind() == null ? List.of() : List.of(entry.kind()), i);
            mark(Facet.VERIFIED, entry.verified() == null ? List.of() : List.of(entry.verified().toString()), i);
            mark(Facet.REGION, entry.servedRegions(), i);
            mark(Facet.SECTOR, entry.sectors(), i);
            mark(Facet.USE_CASE, entry.useCases(), i);
            mark(Facet.OFFER, entry.offers(), i);
            mark(Facet.AID_TYPE, entry.aidTypes(), i);
            if (entry.nationwide()) {
                nationwide.set(i);
            }
            for (String departement : entry.departements()) {
                servingDepartement.computeIfAbsent(departement, code -> new BitSet()).set(i);
            }
            for (String region : entry.regions()) {
                for (String departement : geography.departementsOf(region)) {
                    servingDepartement.computeIfAbsent(departement, code -> new BitSet()).set(i);
                }
            }
        }
        postings.forEach((language, byLexeme) -> {
            Map<String, Posting> done = new HashMap<>(byLexeme.size() * 2);
            byLexeme.forEach((lexeme, posting) -> done.put(lexeme, posting.done()));
            lexicon.put(language, done);
        });
        sortByName("fr", Locale.FRENCH, Entry::nameFr, entries);
        sortByName("en", Locale.ENGLISH, Entry::nameEn, entries);
    }

    int size() {
        return ids.length;
    }

    String id(int entry) {
        return ids[entry];
    }

    int position(int entry) {
        return positions[entry];
    }

    BitSet all() {
        BitSet all = new BitSet(ids.length);
        all.set(0, ids.length);
        return all;
    }

    /** The entries holding the lexeme, or with a prefix, one of the lexemes it begins. */
    BitSet containing(String language, String lexeme, boolean prefix) {
        BitSet result = new BitSet(ids.length);
        postings(language, lexeme, prefix).forEach(posting -> {
            for (int entry : posting.entries()) {
                result.set(entry);
            }
        });
        return result;
    }

    /** Adds to each entry of {@code among} the weight the lexeme has there. */
    void addWeights(String language, TsQuery.Lexeme lexeme, BitSet among, float[] scores) {
        for (Posting posting : postings(language, lexeme.text(), lexeme.prefix())) {
            for (int j = 0; j < posting.entries().length; j++) {
                if (among.get(posting.entries()[j])) {
                    scores[posting.entries()[j]] += posting.weights()[j];
                }
            }
        }
    }

    /**
     * The entries having one of the values; for regions, those serving one of them (nationwide ones included).
     */
    BitSet having(Facet facet, Iterable<String> values) {
        BitSet result = new BitSet(ids.length);
        for (String value : values) {
            BitSet holders = facetValues.get(facet).get(value);
            if (holders != null) {
                result.or(holders);
            }
        }
        if (facet == Facet.REGION) {
            result.or(nationwide);
        }
        return result;
    }

    /** The entries serving the département: naming it or its region, or nationwide. */
    BitSet serving(String departement) {
        BitSet result = (BitSet) servingDepartement.getOrDefault(departement, new BitSet()).clone();
        result.or(nationwide);
        return result;
    }

    /**
     * For each value of the facet, how many of {@code among} have it; values none has are left out. A nationwide
     * entry names no region and counts in every one.
     */
    Map<String, Long> count(Facet facet, BitSet among, List<String> allRegions) {
        BitSet scratch = new BitSet(ids.length);
        int nationwideAmong = facet == Facet.REGION ? countBoth(nationwide, among, scratch) : 0;
        Iterable<String> values = nationwideAmong > 0 ? allRegions : facetValues.get(facet).keySet();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String value : values) {
            BitSet holders = facetValues.get(facet).get(value);
            long count = (holders == null ? 0 : countBoth(holders, among, scratch)) + nationwideAmong;
            if (count > 0) {
                counts.put(value, count);
            }
        }
        return counts;
    }

    /** The entries in name order, in a language. */
    int[] byName(String language) {
        return byName.get(language);
    }

    /** Where the entry comes in name order. */
    int nameRank(String language, int entry) {
        return nameRank.get(language)[entry];
    }

    /** How many entries both sets hold, computed in {@code scratch} rather than in a new set. */
    private static int countBoth(BitSet left, BitSet right, BitSet scratch) {
        scratch.clear();
        scratch.or(left);
        scratch.and(right);
        return scratch.cardinality();
    }

    private List<Posting> postings(String language, String lexeme, boolean prefix) {
        Map<String, Posting> byLexeme = lexicon.get(language);
        if (!prefix) {
            Posting posting = byLexeme.get(lexeme);
            return posting == null ? List.of() : List.of(posting);
        }
        List<Posting> found = new ArrayList<>();
        byLexeme.forEach((candidate, posting) -> {
            if (candidate.startsWith(lexeme)) {
                found.add(posting);
            }
        });
        return found;
    }

    private void mark(Facet facet, List<String> values, int entry) {
        for (String value : values) {
            facetValues.get(facet).computeIfAbsent(value, key -> new BitSet()).set(entry);
        }
    }

    private void sortByName(String language, Locale locale, Function<Entry, String> name, List<Entry> entries) {
        Collator collator = Collator.getInstance(locale);
        CollationKey[] keys = entries.stream().map(entry -> collator.getCollationKey(name.apply(entry)))
                .toArray(CollationKey[]::new);
        int[] order = IntStream.range(0, entries.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> keys[i]).thenComparing(i -> entries.get(i).id()))
                .mapToInt(Integer::intValue).toArray();
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        byName.put(language, order);
        nameRank.put(language, rank);
    }

    /** Reads {@code 'lexeme':1A,5B 'other':2} into the postings: the sum of the weights of its positions. */
    private static void addLexemes(Map<String, GrowingPosting> postings, String tsvector, int entry) {
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
            postings.computeIfAbsent(lexeme.toString(), key -> new GrowingPosting()).add(entry, weight);
        }
    }
}
