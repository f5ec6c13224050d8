package fr.boussole.directory.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;
import org.jboss.logging.Logger;

import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.search.DocumentIndex;
import fr.boussole.commons.search.FacetedSearch;
import fr.boussole.commons.search.SearchDocument;
import fr.boussole.commons.search.VersionedIndex;
import fr.boussole.directory.service.DirectorySearch;
import fr.boussole.directory.service.Geography;

/**
 * The search index of the published partners and of the funding aids. PostgreSQL keeps it (table search_entry,
 * in step with every write by triggers, see migration V5) and turns words into lexemes, in the documents and in
 * the query alike; this class holds it in memory ({@link DocumentIndex}), built again whenever search_state's
 * version moves, and answers with bit sets: at 50,000 partners a page with its facets costs a few milliseconds,
 * where the same in SQL cost hundreds (docs/performance.md).
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** The dimension of the départements an entry serves: a filter, not a facet. */
    private static final String DEPARTEMENT = "DEPARTEMENT";

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

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final Geography geography;
    private final VersionedIndex<Map<EntryType, DocumentIndex>> index = new VersionedIndex<>();

    SearchIndex(EntityManager entityManager, AgroalDataSource dataSource, Geography geography) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.geography = geography;
    }

    /**
     * One page of the results, their total, and for each facet of the type the count of each value among the
     * results with every filter applied but the facet's own. Best first when there are words (the sum of the
     * weights of the words found: name, then description…), then in the type's own order (aids as the guide lists
     * them), then by name; partners without words by name.
     */
    public Results search(DirectorySearch search, int offset, int limit) {
        long version = ((Number) entityManager.createNativeQuery("SELECT version FROM search_state WHERE id = 1")
                .getSingleResult()).longValue();
        DocumentIndex entries = index.current(version, this::load).get(search.type());
        Map<String, Set<String>> filters = new HashMap<>();
        search.filters().forEach((facet, values) -> filters.put(facet.name(), values));
        if (search.departement() != null) {
            filters.put(DEPARTEMENT, Set.of(search.departement()));
        }
        boolean byName = search.order() == DirectorySearch.Order.NAME
                || (!search.hasText() && search.type() == EntryType.PARTNER);
        FacetedSearch.Results results = FacetedSearch.run(entries, new FacetedSearch.Query(search.language(),
                search.hasText() ? tsQuery(search.language(), search.text()) : null, filters,
                Facet.of(search.type()).stream().map(Facet::name).toList(),
                byName ? FacetedSearch.Order.NAME : FacetedSearch.Order.RELEVANCE, null), offset, limit);
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        results.facets().forEach((facet, counts) -> facets.put(Facet.valueOf(facet), counts));
        return new Results(results.ids(), results.total(), facets);
    }

    /** The caller's words as PostgreSQL reads them in the language: stemmed, accents stripped, stop words out. */
    private String tsQuery(Language language, String text) {
        return (String) entityManager.createNativeQuery(
                "SELECT CAST(websearch_to_tsquery(CAST(:config AS regconfig), :text) AS text)")
                .setParameter("config", "boussole_" + language.code())
                .setParameter("text", text)
                .getSingleResult();
    }

    private Map<EntryType, DocumentIndex> load() {
        long start = System.nanoTime();
        Map<EntryType, List<SearchDocument>> documents = new EnumMap<>(EntryType.class);
        for (EntryType type : EntryType.values()) {
            documents.put(type, new ArrayList<>());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT type, id, name_fr, name_en,"
                        + " position, kind, verified, nationwide, regions, departements, served_regions, sectors,"
                        + " use_cases, offers, aid_types, CAST(search_fr AS text), CAST(search_en AS text)"
                        + " FROM search_entry ORDER BY type, id")) {
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    documents.get(EntryType.valueOf(row.getString(1))).add(document(row));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The search index could not be read", e);
        }
        Map<EntryType, DocumentIndex> built = new EnumMap<>(EntryType.class);
        documents.forEach((type, list) -> built.put(type, new DocumentIndex(list)));
        LOG.infof("Search index read: %d partners, %d aids in %d ms", documents.get(EntryType.PARTNER).size(),
                documents.get(EntryType.AID).size(), (System.nanoTime() - start) / 1_000_000);
        return built;
    }

    /** A nationwide entry serves every region and every département; one naming a region, its départements. */
    private SearchDocument document(ResultSet row) throws SQLException {
        boolean nationwide = row.getBoolean(8);
        List<String> regions = list(row.getArray(9));
        Set<String> departements = new LinkedHashSet<>(list(row.getArray(10)));
        regions.forEach(region -> departements.addAll(geography.departementsOf(region)));
        Map<String, List<String>> values = new HashMap<>();
        values.put(Facet.KIND.name(), row.getString(6) == null ? List.of() : List.of(row.getString(6)));
        Object verified = row.getObject(7);
        values.put(Facet.VERIFIED.name(), verified == null ? List.of() : List.of(verified.toString()));
        values.put(Facet.REGION.name(), nationwide ? geography.regionCodes() : list(row.getArray(11)));
        values.put(DEPARTEMENT, nationwide ? geography.departementCodes() : List.copyOf(departements));
        values.put(Facet.SECTOR.name(), list(row.getArray(12)));
        values.put(Facet.USE_CASE.name(), list(row.getArray(13)));
        values.put(Facet.OFFER.name(), list(row.getArray(14)));
        values.put(Facet.AID_TYPE.name(), list(row.getArray(15)));
        return new SearchDocument(row.getString(2), Map.of(Language.FR, row.getString(3), Language.EN,
                row.getString(4)), row.getInt(5), values, Map.of(Language.FR, row.getString(16), Language.EN,
                row.getString(17)));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
