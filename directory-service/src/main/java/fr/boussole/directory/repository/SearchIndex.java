package fr.boussole.directory.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;
import org.jboss.logging.Logger;

import fr.boussole.directory.service.DirectorySearch;
import fr.boussole.directory.service.Geography;

/**
 * The search index of the published partners and of the funding aids. PostgreSQL keeps it (table search_entry,
 * in step with every write by triggers, see migration V5) and turns words into lexemes, in the document and in the
 * query alike; this class holds the table in memory, read again whenever its version moves, and answers with bit
 * sets: a page, the total and every facet's counts cost a few milliseconds at 50,000 partners where the same in SQL
 * cost hundreds (docs/performance.md).
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    public enum EntryType {
        PARTNER, AID
    }

    /** What results are filtered and counted by. A region counts the entries that serve it, nationwide ones too. */
    public enum Facet {
        KIND, REGION, SECTOR, USE_CASE, OFFER, VERIFIED, AID_TYPE;

        /** The facets a type of entry has. */
        public static List<Facet> of(EntryType type) {
            return type == EntryType.PARTNER ? List.of(KIND, REGION, SECTOR, USE_CASE, OFFER, VERIFIED)
                    : List.of(AID_TYPE, REGION);
        }
    }

    /** One page of identifiers (in order), the number of results in all, and each facet's counts. */
    public record Results(List<String> ids, long total, Map<Facet, Map<String, Long>> facets) {
    }

    private static final long MAX_SCORE = (1L << 21) - 1;
    private static final long NAME_RANK_MASK = (1L << 26) - 1;

    /** The index as of one version of search_state. */
    private record Snapshot(long version, Map<EntryType, IndexedEntries> entries) {
    }

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final Geography geography;
    private volatile Snapshot snapshot;

    SearchIndex(EntityManager entityManager, AgroalDataSource dataSource, Geography geography) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.geography = geography;
    }

    /**
     * One page of the results, their total, and for each facet of the type the count of each value among the
     * results with every filter applied but the facet's own. Best first when there are words (the sum of the
     * weights of the words found: name, then description…), then in the type's own order (aids as the guide
     * lists them), then by name.
     */
    public Results search(DirectorySearch search, int offset, int limit) {
        IndexedEntries entries = current().entries().get(search.type());
        String language = search.language().code();
        BitSet matching = entries.all();
        List<TsQuery.Lexeme> rankedBy = List.of();
        if (search.hasText()) {
            TsQuery.Node query = TsQuery.parse(tsQuery(language, search.text()));
            matching = query == null ? new BitSet() : query.matches(entries, language);
            rankedBy = query == null ? List.of() : TsQuery.positiveLexemes(query);
        }
        if (search.departement() != null) {
            matching.and(entries.serving(search.departement()));
        }
        Map<Facet, BitSet> filters = new EnumMap<>(Facet.class);
        search.filters().forEach((facet, values) -> {
            if (!values.isEmpty()) {
                filters.put(facet, entries.having(facet, values));
            }
        });
        BitSet hits = filtered(matching, filters, null);
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.of(search.type())) {
            facets.put(facet, entries.count(facet, filtered(matching, filters, facet), geography.regionCodes()));
        }
        return new Results(page(entries, hits, rankedBy, search, offset, limit), hits.cardinality(), facets);
    }

    private static BitSet filtered(BitSet matching, Map<Facet, BitSet> filters, Facet except) {
        BitSet result = (BitSet) matching.clone();
        filters.forEach((facet, having) -> {
            if (facet != except) {
                result.and(having);
            }
        });
        return result;
    }

    private static List<String> page(IndexedEntries entries, BitSet hits, List<TsQuery.Lexeme> rankedBy,
            DirectorySearch search, int offset, int limit) {
        String language = search.language().code();
        List<String> page = new ArrayList<>(limit);
        boolean byName = search.order() == DirectorySearch.Order.NAME;
        if (byName || (rankedBy.isEmpty() && search.type() == EntryType.PARTNER)) {
            int seen = 0;
            for (int entry : entries.byName(language)) {
                if (hits.get(entry) && seen++ >= offset) {
                    page.add(entries.id(entry));
                    if (page.size() == limit) {
                        break;
                    }
                }
            }
            return page;
        }
        float[] scores = new float[entries.size()];
        rankedBy.forEach(lexeme -> entries.addWeights(language, lexeme, hits, scores));
        // One primitive sort of keys that order as (score descending, position, name) and end with the entry:
        // 22 bits of score (in thousandths), 16 of position, and the entry's name rank, which names it.
        long[] keys = hits.stream().mapToLong(entry -> {
            long score = Math.min(MAX_SCORE, Math.round(scores[entry] * 1000));
            long position = Math.min(0xFFFF, Math.max(0, entries.position(entry)));
            return (MAX_SCORE - score) << 42 | position << 26 | entries.nameRank(language, entry);
        }).toArray();
        Arrays.sort(keys);
        int[] nameOrder = entries.byName(language);
        for (int i = offset; i < keys.length && page.size() < limit; i++) {
            page.add(entries.id(nameOrder[(int) (keys[i] & NAME_RANK_MASK)]));
        }
        return page;
    }

    /** The caller's words as PostgreSQL reads them in the language: stemmed, accents stripped, stop words out. */
    private String tsQuery(String language, String text) {
        return (String) entityManager.createNativeQuery(
                "SELECT CAST(websearch_to_tsquery(CAST(:config AS regconfig), :text) AS text)")
                .setParameter("config", "boussole_" + language)
                .setParameter("text", text)
                .getSingleResult();
    }

    /** The index as of now: read again when another write has moved its version. */
    private Snapshot current() {
        long version = ((Number) entityManager.createNativeQuery("SELECT version FROM search_state WHERE id = 1")
                .getSingleResult()).longValue();
        Snapshot held = snapshot;
        if (held != null && held.version() == version) {
            return held;
        }
        synchronized (this) {
            held = snapshot;
            if (held == null || held.version() != version) {
                // Rows read after the version: at least as new as it, so nothing is missed.
                held = new Snapshot(version, load());
                snapshot = held;
            }
            return held;
        }
    }

    private Map<EntryType, IndexedEntries> load() {
        long start = System.nanoTime();
        Map<EntryType, List<IndexedEntries.Entry>> rows = new EnumMap<>(EntryType.class);
        for (EntryType type : EntryType.values()) {
            rows.put(type, new ArrayList<>());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT type, id, name_fr, name_en,"
                        + " position, kind, verified, nationwide, regions, departements, served_regions, sectors,"
                        + " use_cases, offers, aid_types, CAST(search_fr AS text), CAST(search_en AS text)"
                        + " FROM search_entry ORDER BY type, id")) {
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.get(EntryType.valueOf(row.getString(1))).add(new IndexedEntries.Entry(row.getString(2),
                            row.getString(3), row.getString(4), row.getInt(5), row.getString(6),
                            (Boolean) row.getObject(7), row.getBoolean(8), list(row.getArray(9)),
                            list(row.getArray(10)), list(row.getArray(11)), list(row.getArray(12)),
                            list(row.getArray(13)), list(row.getArray(14)), list(row.getArray(15)),
                            row.getString(16), row.getString(17)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The search index could not be read", e);
        }
        Map<EntryType, IndexedEntries> entries = new EnumMap<>(EntryType.class);
        rows.forEach((type, list) -> entries.put(type, new IndexedEntries(list, geography)));
        LOG.infof("Search index read: %d partners, %d aids in %d ms", rows.get(EntryType.PARTNER).size(),
                rows.get(EntryType.AID).size(), (System.nanoTime() - start) / 1_000_000);
        return entries;
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
