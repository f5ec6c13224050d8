package fr.boussole.catalogue.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.domain.DocumentSink;
import fr.boussole.catalogue.domain.PublishedUseCase;
import fr.boussole.catalogue.domain.UseCaseSearch;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.search.DocumentIndex;
import fr.boussole.commons.search.FacetedSearch;
import fr.boussole.commons.search.SearchDocument;
import fr.boussole.commons.search.TsQuery;
import fr.boussole.commons.search.VersionedIndex;
import io.agroal.api.AgroalDataSource;

/**
 * The published copies of the use cases, which is all the public reads: one JSON document per use case plus the
 * columns that search, filters and facets need, and the search vectors PostgreSQL makes from the texts. Plain SQL
 * for what JPA does not do well (full text, arrays); search itself runs on an index held in memory.
 */
@ApplicationScoped
public class UseCasePublications {

    /** A facet of the search, named as in answers, and the SQL that gives a use case's values (counts per term). */
    public enum Facet {
        SECTORS("CASE WHEN u.transversal THEN string_to_array(:allSectors, ',') ELSE u.sectors END"),
        FUNCTIONS("u.functions"),
        SOLUTION_TYPES("u.solution_types"),
        DATA_KINDS("u.data_kinds"),
        CRITICAL_DOMAINS(null),
        PERSONAL_DATA(null);

        private final String values;

        Facet(String values) {
            this.values = values;
        }
    }

    /**
     * One page of results (documents, best first), the number of results in all, the facets' counts, and whether
     * they have every word of the search or, none having them all, some of them.
     */
    public record Results(List<String> documents, long total, Map<Facet, Map<String, Long>> facets,
            boolean matchedAllWords) {
    }

    /** The index and the words the published texts use in each language, built together from one read. */
    private record SearchState(DocumentIndex index, Map<Language, Set<String>> vocabulary) {
    }

    /** The dimension of the index that says whether a use case is transversal. */
    private static final String TRANSVERSAL = "TRANSVERSAL";
    private static final Logger LOG = Logger.getLogger(UseCasePublications.class);

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final VersionedIndex<SearchState> state = new VersionedIndex<>();

    UseCasePublications(EntityManager entityManager, AgroalDataSource dataSource, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    private String json(PublishedUseCase document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Use case " + document.slug() + " could not be serialised", e);
        }
    }

    /**
     * Publishes the working copy of the document's use case as {@code document}. Titles weigh most in search, then
     * the summary, then the body and benefits.
     */
    public void publish(PublishedUseCase document) {
        entityManager.createNativeQuery("""
                INSERT INTO use_case_publication AS p (slug, version, published_at, document, title_fr, title_en,
                    sectors, functions, transversal, data_kinds, solution_types, personal_data, critical_domain,
                    search_fr, search_en)
                SELECT u.slug, u.version, :at, CAST(:document AS jsonb), u.title_fr, u.title_en, u.sectors,
                    u.functions, u.transversal, u.data_kinds, u.solution_types, u.personal_data, u.critical_domain,
                    setweight(to_tsvector('boussole_fr', u.title_fr), 'A')
                        || setweight(to_tsvector('boussole_fr', coalesce(u.summary_fr, '')), 'B')
                        || setweight(to_tsvector('boussole_fr', coalesce(u.body_fr, '') || ' '
                            || array_to_string(u.benefits_fr, ' ')), 'C'),
                    setweight(to_tsvector('boussole_en', u.title_en), 'A')
                        || setweight(to_tsvector('boussole_en', coalesce(u.summary_en, '')), 'B')
                        || setweight(to_tsvector('boussole_en', coalesce(u.body_en, '') || ' '
                            || array_to_string(u.benefits_en, ' ')), 'C')
                FROM use_case u WHERE u.slug = :slug
                ON CONFLICT (slug) DO UPDATE SET version = excluded.version, published_at = excluded.published_at,
                    document = excluded.document, title_fr = excluded.title_fr, title_en = excluded.title_en,
                    sectors = excluded.sectors, functions = excluded.functions, transversal = excluded.transversal,
                    data_kinds = excluded.data_kinds, solution_types = excluded.solution_types,
                    personal_data = excluded.personal_data, critical_domain = excluded.critical_domain,
                    search_fr = excluded.search_fr, search_en = excluded.search_en""")
                .setParameter("slug", document.slug())
                .setParameter("document", json(document))
                .setParameter("at", document.publishedAt())
                .executeUpdate();
    }

    public void unpublish(String slug) {
        entityManager.createNativeQuery("DELETE FROM use_case_publication WHERE slug = :slug")
                .setParameter("slug", slug)
                .executeUpdate();
    }

    public Optional<String> document(String slug) {
        List<?> rows = entityManager.createNativeQuery(
                "SELECT CAST(document AS text) FROM use_case_publication WHERE slug = :slug")
                .setParameter("slug", slug)
                .getResultList();
        return rows.stream().map(Object::toString).findFirst();
    }

    /**
     * One page of the results, best first or alphabetically, their total, and for each facet the count of each value
     * among the results with every filter applied but the facet's own. The index is held in memory
     * ({@link DocumentIndex}), built again when search_state's version moves; PostgreSQL parses the words, the
     * index does the rest with bit sets (docs/performance.md).
     */
    public Results search(UseCaseSearch search, int offset, int limit, List<String> allSectors) {
        DocumentIndex index = current(allSectors).index();
        Map<String, Set<String>> filters = new HashMap<>();
        filters.put(Facet.SECTORS.name(), search.sectors());
        filters.put(Facet.FUNCTIONS.name(), search.functions());
        filters.put(Facet.SOLUTION_TYPES.name(), names(search.solutionTypes()));
        filters.put(Facet.DATA_KINDS.name(), names(search.dataKinds()));
        filters.put(Facet.CRITICAL_DOMAINS.name(), names(search.criticalDomains()));
        filters.put(Facet.PERSONAL_DATA.name(),
                search.personalData() == null ? Set.of() : Set.of(search.personalData().toString()));
        boolean bySector = !search.sectors().isEmpty();
        boolean byTitle = search.order() == UseCaseSearch.Order.TITLE || (!search.hasText() && !bySector);
        Function<String, FacetedSearch.Query> query = words -> new FacetedSearch.Query(search.language(), words,
                filters, Arrays.stream(Facet.values()).map(Facet::name).toList(),
                byTitle ? FacetedSearch.Order.NAME : FacetedSearch.Order.RELEVANCE,
                // In a sector, its own use cases before the transversal ones.
                bySector ? index.having(TRANSVERSAL, Set.of("true")) : null);
        FacetedSearch.Results results = FacetedSearch.run(index,
                query.apply(search.hasText() ? tsQueryText(search, " && ") : null), offset, limit);
        boolean allWords = true;
        if (results.total() == 0 && search.termCount() > 1) {
            // none has every word: those with the most of them, best first (relevance sums the words found)
            results = FacetedSearch.run(index, query.apply(tsQueryText(search, " || ")), offset, limit);
            allWords = false;
        }
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        results.facets().forEach((facet, counts) -> facets.put(Facet.valueOf(facet), counts));
        Map<String, String> documents = documents(results.ids());
        return new Results(results.ids().stream().map(documents::get).toList(), results.total(), facets, allWords);
    }

    /** The words (lower case, without accents) the published texts use in this language. */
    public Set<String> vocabulary(Language language, List<String> allSectors) {
        return current(allSectors).vocabulary().get(language);
    }

    /** Whether a published use case has this word, as search reads it (stemmed, accents aside). */
    public boolean hasWord(String word, Language language, List<String> allSectors) {
        DocumentIndex index = current(allSectors).index();
        String parsed = ((String) entityManager.createNativeQuery("SELECT CAST(plainto_tsquery("
                + config(language) + ", :word) AS text)").setParameter("word", word).getSingleResult());
        TsQuery.Node node = parsed == null || parsed.isBlank() ? null : TsQuery.parse(parsed);
        return node != null && !node.matches(index, language).isEmpty();
    }

    private SearchState current(List<String> allSectors) {
        long version = ((Number) entityManager.createNativeQuery("SELECT version FROM search_state WHERE id = 1")
                .getSingleResult()).longValue();
        return state.current(version, () -> load(allSectors));
    }

    private Map<String, String> documents(List<String> slugs) {
        Map<String, String> documents = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT slug, CAST(document AS text)"
                + " FROM use_case_publication WHERE slug = ANY (string_to_array(:slugs, ','))")
                .setParameter("slugs", commaSeparated(slugs)).getResultList()) {
            Object[] columns = (Object[]) row;
            documents.put(columns[0].toString(), columns[1].toString());
        }
        return documents;
    }

    /**
     * The caller's words and synonyms as PostgreSQL parses them (stemmed, accents stripped, stop words out), joined
     * by {@code join}: all of them ({@code &&}) or any ({@code ||}).
     */
    private String tsQueryText(UseCaseSearch search, String join) {
        Query query = entityManager.createNativeQuery("SELECT CAST("
                + tsQuery(search, config(search.language()), join) + " AS text)");
        bindWords(query, search, join);
        Object text = query.getSingleResult();
        return text == null ? "" : text.toString();
    }

    /** Every published use case, a transversal one in every sector, and the words of their texts. */
    private SearchState load(List<String> allSectors) {
        return new SearchState(index(allSectors), Map.of(Language.FR, words(Language.FR),
                Language.EN, words(Language.EN)));
    }

    /** The words, lower case and without accents, of the published texts in one language. */
    private Set<String> words(Language language) {
        @SuppressWarnings("unchecked")
        List<String> words = entityManager.createNativeQuery("SELECT DISTINCT w FROM use_case_publication p,"
                + " jsonb_each_text(p.document -> :language) t,"
                + " regexp_split_to_table(lower(unaccent(t.value)), '[^a-z0-9]+') w WHERE length(w) >= 3")
                .setParameter("language", language.code()).getResultList();
        return Set.copyOf(words);
    }

    private DocumentIndex index(List<String> allSectors) {
        long start = System.nanoTime();
        List<SearchDocument> documents = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT slug, title_fr, title_en, sectors,"
                        + " functions, transversal, data_kinds, solution_types, personal_data, critical_domain,"
                        + " CAST(search_fr AS text), CAST(search_en AS text) FROM use_case_publication ORDER BY slug")) {
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    boolean transversal = row.getBoolean(6);
                    Map<String, List<String>> values = new HashMap<>();
                    values.put(Facet.SECTORS.name(), transversal ? allSectors : list(row.getArray(4)));
                    values.put(Facet.FUNCTIONS.name(), list(row.getArray(5)));
                    values.put(TRANSVERSAL, List.of(Boolean.toString(transversal)));
                    values.put(Facet.DATA_KINDS.name(), list(row.getArray(7)));
                    values.put(Facet.SOLUTION_TYPES.name(), list(row.getArray(8)));
                    values.put(Facet.PERSONAL_DATA.name(), List.of(Boolean.toString(row.getBoolean(9))));
                    values.put(Facet.CRITICAL_DOMAINS.name(),
                            row.getString(10) == null ? List.of() : List.of(row.getString(10)));
                    documents.add(new SearchDocument(row.getString(1),
                            Map.of(Language.FR, row.getString(2), Language.EN, row.getString(3)), 0, values,
                            Map.of(Language.FR, row.getString(11), Language.EN, row.getString(12))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The published use cases could not be read for search", e);
        }
        DocumentIndex index = new DocumentIndex(documents);
        LOG.infof("Search index read: %d use cases in %d ms", documents.size(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** Published use cases per sector (a transversal one counts in every sector) and per business function. */
    public Map<String, Long> countsPerTerm(Facet facet, List<String> allSectors) {
        Query query = entityManager.createNativeQuery("SELECT v, count(*) FROM use_case_publication u, unnest("
                + facet.values + ") v GROUP BY v");
        if (facet == Facet.SECTORS) {
            query.setParameter("allSectors", commaSeparated(allSectors));
        }
        Map<String, Long> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(columns[0].toString(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /** Number of published use cases and the last publication time, which change whenever the dump does. */
    public String dumpVersion() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT count(*),"
                + " coalesce(CAST(extract(epoch FROM max(published_at)) * 1000 AS bigint), 0) FROM use_case_publication")
                .getSingleResult();
        return row[0] + "-" + row[1];
    }

    /**
     * Streams every published document, by slug, from a server-side cursor: memory stays flat whatever the size of
     * the catalogue. Runs outside any transaction of the caller, on a connection of its own.
     */
    public void forEachDocument(DocumentSink sink) throws SQLException, java.io.IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT CAST(document AS text) FROM use_case_publication ORDER BY slug")) {
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(rows.getString(1));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** Lists go to SQL as one comma-separated text: codes and enum names never contain commas. */
    private static String commaSeparated(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    private static String config(Language language) {
        return "'boussole_" + language.code() + "'";
    }

    /**
     * The query: the caller's words and each group of synonyms found in them (any of the group's phrases), all of
     * them ({@code join} {@code " && "}) or any of them ({@code " || "}, each word on its own, a word the caller
     * excluded with a minus still excluding). NULL without words.
     */
    private static String tsQuery(UseCaseSearch search, String config, String join) {
        List<String> wanted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        if (search.hasFreeText() && join.equals(" && ")) {
            wanted.add("websearch_to_tsquery(" + config + ", :text)");
        } else if (search.hasFreeText()) {
            List<String> words = search.freeWords();
            for (int word = 0; word < words.size(); word++) {
                (words.get(word).startsWith("-") ? excluded : wanted)
                        .add("websearch_to_tsquery(" + config + ", :word_" + word + ")");
            }
        }
        for (int group = 0; group < search.synonymGroups().size(); group++) {
            List<String> alternatives = new ArrayList<>();
            for (int phrase = 0; phrase < search.synonymGroups().get(group).size(); phrase++) {
                alternatives.add("phraseto_tsquery(" + config + ", :synonym_" + group + "_" + phrase + ")");
            }
            wanted.add("(" + String.join(" || ", alternatives) + ")");
        }
        if (wanted.isEmpty() && excluded.isEmpty()) {
            return "CAST(NULL AS tsquery)";
        }
        List<String> parts = new ArrayList<>();
        if (!wanted.isEmpty()) {
            parts.add("(" + String.join(join, wanted) + ")");
        }
        parts.addAll(excluded);
        return String.join(" && ", parts);
    }

    private static void bindWords(Query query, UseCaseSearch search, String join) {
        if (search.hasFreeText() && join.equals(" && ")) {
            query.setParameter("text", search.text());
        } else if (search.hasFreeText()) {
            List<String> words = search.freeWords();
            for (int word = 0; word < words.size(); word++) {
                query.setParameter("word_" + word, words.get(word));
            }
        }
        for (int group = 0; group < search.synonymGroups().size(); group++) {
            List<String> phrases = search.synonymGroups().get(group);
            for (int phrase = 0; phrase < phrases.size(); phrase++) {
                query.setParameter("synonym_" + group + "_" + phrase, phrases.get(phrase));
            }
        }
    }
}
