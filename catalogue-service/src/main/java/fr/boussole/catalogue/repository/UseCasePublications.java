package fr.boussole.catalogue.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.boussole.catalogue.service.UseCaseSearch;
import fr.boussole.commons.i18n.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.rest.dto.PublishedUseCase;
import io.agroal.api.AgroalDataSource;

/**
 * The published copies of the use cases, which is all the public reads: one JSON document per use case plus the
 * columns that search, filters and facets need. Plain SQL, because full-text search, arrays and facets are
 * PostgreSQL's strengths, not JPA's.
 */
@ApplicationScoped
public class UseCasePublications {

    /** A facet of the search: how it is named in answers, and how to unnest its values. */
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

    /** One page of results (documents, best first), the number of results in all, and the facets' counts. */
    public record Results(List<String> documents, long total, Map<Facet, Map<String, Long>> facets) {
    }

    private static final String RANK_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

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
     * among the results with every filter applied but the facet's own. One statement: the text is matched once
     * (the costly part), into a narrow set of rows that the page, the total and the facets all read.
     */
    public Results search(UseCaseSearch search, int offset, int limit, List<String> allSectors) {
        String language = search.language().code();
        String rank = search.hasText() ? "ts_rank_cd(" + RANK_WEIGHTS + ", u.search_" + language + ", q.query)" : "0";
        String order = "u.title COLLATE \"" + language + "-x-icu\", u.slug";
        if (search.order() == UseCaseSearch.Order.RELEVANCE) {
            if (search.hasText()) {
                order = "u.rank DESC, " + order;
            }
            if (!search.sectors().isEmpty()) {
                // In a sector, its own use cases before the transversal ones.
                order = "u.transversal, " + order;
            }
        }
        Filter hitsFilter = new Filter(search, null);
        StringBuilder sql = new StringBuilder("WITH q AS (SELECT ").append(tsQuery(search, config(search.language())))
                .append(" AS query), base AS MATERIALIZED (SELECT u.slug, u.title_").append(language)
                .append(" AS title, ").append(rank).append(" AS rank, u.transversal, u.sectors, u.functions,")
                .append(" u.solution_types, u.data_kinds, u.critical_domain, u.personal_data")
                .append(" FROM use_case_publication u, q")
                .append(search.hasText() ? " WHERE u.search_" + language + " @@ q.query" : "").append("),")
                // Filtered as it is read, not copied: the page and the total read it once each.
                .append(" hits AS NOT MATERIALIZED (SELECT * FROM base u WHERE ").append(hitsFilter.where())
                .append("),")
                .append(" page AS (SELECT u.slug, u.rank, u.title, u.transversal FROM hits u ORDER BY ").append(order)
                .append(" LIMIT :limit OFFSET :offset)")
                .append(" SELECT 'ITEM', CAST(p.document AS text), row_number() OVER (ORDER BY ").append(order)
                .append(") FROM page u JOIN use_case_publication p ON p.slug = u.slug")
                .append(" UNION ALL SELECT 'TOTAL', NULL, count(*) FROM hits");
        List<Filter> filters = new ArrayList<>(List.of(hitsFilter));
        for (Facet facet : Facet.values()) {
            Filter filter = new Filter(search, facet);
            filters.add(filter);
            String value = switch (facet) {
                case CRITICAL_DOMAINS -> "u.critical_domain";
                case PERSONAL_DATA -> "CAST(u.personal_data AS text)";
                default -> "v";
            };
            sql.append(" UNION ALL SELECT '").append(facet.name()).append("', ").append(value)
                    .append(", count(*) FROM base u");
            if (facet.values != null) {
                sql.append(", unnest(").append(facet.values).append(") v");
            }
            sql.append(" WHERE ").append(filter.where());
            if (facet == Facet.CRITICAL_DOMAINS) {
                sql.append(" AND u.critical_domain IS NOT NULL");
            }
            sql.append(" GROUP BY 2");
        }
        Query query = entityManager.createNativeQuery(sql.toString())
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .setParameter("allSectors", commaSeparated(allSectors));
        bindWords(query, search);
        filters.forEach(filter -> filter.bind(query));

        String[] documents = new String[limit];
        long total = 0;
        Map<Facet, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet, new LinkedHashMap<>());
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[2]).longValue();
            switch (columns[0].toString()) {
                case "ITEM" -> documents[(int) count - 1] = columns[1].toString();
                case "TOTAL" -> total = count;
                default -> facets.get(Facet.valueOf(columns[0].toString())).put(columns[1].toString(), count);
            }
        }
        return new Results(Arrays.stream(documents).filter(Objects::nonNull).toList(), total, facets);
    }

    /** Published use cases per sector (a transversal one counts in every sector) and per business function. */
    public Map<String, Long> countsPerTerm(Facet facet, List<String> allSectors) {
        Query query = entityManager.createNativeQuery("SELECT v, count(*) FROM use_case_publication u, unnest("
                + facet.values + ") v GROUP BY v");
        if (facet == Facet.SECTORS) {
            query.setParameter("allSectors", commaSeparated(allSectors));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
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

    /** Receives the published documents one at a time. */
    public interface DocumentSink {
        void accept(String document) throws java.io.IOException;
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
     * The query: the caller's words, AND each group of synonyms found in them (any of the group's phrases).
     * NULL without words.
     */
    private static String tsQuery(UseCaseSearch search, String config) {
        List<String> parts = new ArrayList<>();
        if (search.hasFreeText()) {
            parts.add("websearch_to_tsquery(" + config + ", :text)");
        }
        for (int group = 0; group < search.synonymGroups().size(); group++) {
            List<String> alternatives = new ArrayList<>();
            for (int phrase = 0; phrase < search.synonymGroups().get(group).size(); phrase++) {
                alternatives.add("phraseto_tsquery(" + config + ", :synonym_" + group + "_" + phrase + ")");
            }
            parts.add("(" + String.join(" || ", alternatives) + ")");
        }
        return parts.isEmpty() ? "CAST(NULL AS tsquery)" : String.join(" && ", parts);
    }

    private static void bindWords(Query query, UseCaseSearch search) {
        if (search.hasFreeText()) {
            query.setParameter("text", search.text());
        }
        for (int group = 0; group < search.synonymGroups().size(); group++) {
            List<String> phrases = search.synonymGroups().get(group);
            for (int phrase = 0; phrase < phrases.size(); phrase++) {
                query.setParameter("synonym_" + group + "_" + phrase, phrases.get(phrase));
            }
        }
    }

    /**
     * The WHERE clause of a search's filters (the text is matched before), leaving out one facet's own filter when
     * counting that facet.
     */
    private static final class Filter {
        private final UseCaseSearch search;
        private final Facet excluded;
        private final String suffix;

        Filter(UseCaseSearch search, Facet excluded) {
            this.search = search;
            this.excluded = excluded;
            this.suffix = excluded == null ? "" : "_" + excluded.ordinal();
        }


        String where() {
            List<String> conditions = new ArrayList<>();
            conditions.add("TRUE");
            if (applies(Facet.SECTORS, search.sectors())) {
                conditions.add("(u.transversal OR u.sectors && string_to_array(:sectors" + suffix + ", ','))");
            }
            if (applies(Facet.FUNCTIONS, search.functions())) {
                conditions.add("u.functions && string_to_array(:functions" + suffix + ", ',')");
            }
            if (applies(Facet.SOLUTION_TYPES, search.solutionTypes())) {
                conditions.add("u.solution_types && string_to_array(:solutionTypes" + suffix + ", ',')");
            }
            if (applies(Facet.DATA_KINDS, search.dataKinds())) {
                conditions.add("u.data_kinds && string_to_array(:dataKinds" + suffix + ", ',')");
            }
            if (applies(Facet.CRITICAL_DOMAINS, search.criticalDomains())) {
                conditions.add("u.critical_domain = ANY (string_to_array(:criticalDomains" + suffix + ", ','))");
            }
            if (excluded != Facet.PERSONAL_DATA && search.personalData() != null) {
                conditions.add("u.personal_data = :personalData" + suffix);
            }
            return String.join(" AND ", conditions);
        }

        void bind(Query query) {
            bindValues(query, Facet.SECTORS, "sectors", search.sectors());
            bindValues(query, Facet.FUNCTIONS, "functions", search.functions());
            bindValues(query, Facet.SOLUTION_TYPES, "solutionTypes", search.solutionTypes());
            bindValues(query, Facet.DATA_KINDS, "dataKinds", search.dataKinds());
            bindValues(query, Facet.CRITICAL_DOMAINS, "criticalDomains", search.criticalDomains());
            if (excluded != Facet.PERSONAL_DATA && search.personalData() != null) {
                query.setParameter("personalData" + suffix, search.personalData());
            }
        }

        private boolean applies(Facet facet, Collection<?> values) {
            return excluded != facet && !values.isEmpty();
        }

        private void bindValues(Query query, Facet facet, String name, Collection<?> values) {
            if (applies(facet, values)) {
                query.setParameter(name + suffix, commaSeparated(values));
            }
        }
    }
}
