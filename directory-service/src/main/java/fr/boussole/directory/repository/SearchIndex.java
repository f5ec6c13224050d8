package fr.boussole.directory.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.boussole.directory.service.DirectorySearch;

/**
 * The search index of the published partners and of the funding aids (table search_entry, kept in step by
 * triggers, see migration V5). Plain SQL: full text, arrays and facets are PostgreSQL's strengths, not JPA's.
 */
@ApplicationScoped
public class SearchIndex {

    public enum EntryType {
        PARTNER, AID
    }

    /**
     * What results are filtered and counted by. A region counts the entries that serve it: those naming it or one
     * of its départements, and the nationwide ones.
     */
    public enum Facet {
        KIND("u.kind", false),
        REGION("CASE WHEN u.nationwide THEN string_to_array(:allRegions, ',') ELSE u.served_regions END", true),
        SECTOR("u.sectors", true),
        USE_CASE("u.use_cases", true),
        OFFER("u.offers", true),
        VERIFIED("CAST(u.verified AS text)", false),
        AID_TYPE("u.aid_types", true);

        private final String values;
        private final boolean array;

        Facet(String values, boolean array) {
            this.values = values;
            this.array = array;
        }

        /** The facets a type of entry has. */
        public static List<Facet> of(EntryType type) {
            return type == EntryType.PARTNER ? List.of(KIND, REGION, SECTOR, USE_CASE, OFFER, VERIFIED)
                    : List.of(AID_TYPE, REGION);
        }

        /** The entry has one of the values of parameter {@code parameter} (a comma-separated text). */
        private String condition(String parameter) {
            String wanted = "string_to_array(:" + parameter + ", ',')";
            return switch (this) {
                case REGION -> "(u.nationwide OR u.served_regions && " + wanted + ")";
                default -> array ? values + " && " + wanted : values + " = ANY (" + wanted + ")";
            };
        }
    }

    /** One page of identifiers (in order), the number of results in all, and each facet's counts. */
    public record Results(List<String> ids, long total, Map<Facet, Map<String, Long>> facets) {
    }

    private static final String RANK_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";

    private final EntityManager entityManager;

    SearchIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One page of the results, their total, and for each facet of the type the count of each value among the
     * results with every filter applied but the facet's own. One statement: the words are matched once (the costly
     * part) into a narrow set of rows that the page, the total and the facets all read.
     */
    public Results search(DirectorySearch search, int offset, int limit, List<String> allRegions) {
        String language = search.language().code();
        String config = "'boussole_" + language + "'";
        String rank = search.hasText() ? "ts_rank_cd(" + RANK_WEIGHTS + ", u.search_" + language + ", q.query)" : "0";
        String byName = "u.name COLLATE \"" + language + "-x-icu\", u.id";
        String order = search.order() == DirectorySearch.Order.NAME ? byName : "u.rank DESC, u.position, " + byName;
        List<Facet> facets = Facet.of(search.type());
        Filter hitsFilter = new Filter(search, null);
        StringBuilder sql = new StringBuilder("WITH q AS (SELECT ")
                .append(search.hasText() ? "websearch_to_tsquery(" + config + ", :text)" : "CAST(NULL AS tsquery)")
                .append(" AS query), base AS MATERIALIZED (SELECT u.id, u.name_").append(language)
                .append(" AS name, u.position, ").append(rank).append(" AS rank, u.kind, u.verified, u.nationwide,")
                .append(" u.regions, u.departements, u.served_regions, u.sectors, u.use_cases, u.offers, u.aid_types")
                .append(" FROM search_entry u, q WHERE u.type = :type")
                .append(search.hasText() ? " AND u.search_" + language + " @@ q.query" : "").append("),")
                .append(" hits AS NOT MATERIALIZED (SELECT * FROM base u WHERE ").append(hitsFilter.where())
                .append("),")
                .append(" page AS (SELECT u.id, u.name, u.position, u.rank FROM hits u ORDER BY ").append(order)
                .append(" LIMIT :limit OFFSET :offset)")
                .append(" SELECT 'ITEM', u.id, row_number() OVER (ORDER BY ").append(order).append(") FROM page u")
                .append(" UNION ALL SELECT 'TOTAL', NULL, count(*) FROM hits");
        List<Filter> filters = new ArrayList<>(List.of(hitsFilter));
        for (Facet facet : facets) {
            Filter filter = new Filter(search, facet);
            filters.add(filter);
            sql.append(" UNION ALL SELECT '").append(facet.name()).append("', ")
                    .append(facet.array ? "v" : facet.values).append(", count(*) FROM base u");
            if (facet.array) {
                sql.append(", unnest(").append(facet.values).append(") v");
            }
            sql.append(" WHERE ").append(filter.where());
            if (!facet.array) {
                sql.append(" AND ").append(facet.values).append(" IS NOT NULL");
            }
            sql.append(" GROUP BY 2");
        }
        Query query = entityManager.createNativeQuery(sql.toString())
                .setParameter("type", search.type().name())
                .setParameter("limit", limit)
                .setParameter("offset", offset);
        if (facets.contains(Facet.REGION)) {
            query.setParameter("allRegions", String.join(",", allRegions));
        }
        if (search.hasText()) {
            query.setParameter("text", search.text());
        }
        filters.forEach(filter -> filter.bind(query));

        String[] ids = new String[limit];
        long total = 0;
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        facets.forEach(facet -> counts.put(facet, new LinkedHashMap<>()));
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[2]).longValue();
            switch (columns[0].toString()) {
                case "ITEM" -> ids[(int) count - 1] = columns[1].toString();
                case "TOTAL" -> total = count;
                default -> counts.get(Facet.valueOf(columns[0].toString())).put(columns[1].toString(), count);
            }
        }
        return new Results(Arrays.stream(ids).filter(Objects::nonNull).toList(), total, counts);
    }

    /**
     * The WHERE clause of a search's filters (the words are matched before), leaving out one facet's own filter
     * when counting that facet. The département is no facet: it always applies.
     */
    private static final class Filter {
        private final DirectorySearch search;
        private final Facet excluded;
        private final String suffix;

        Filter(DirectorySearch search, Facet excluded) {
            this.search = search;
            this.excluded = excluded;
            this.suffix = excluded == null ? "" : "_" + excluded.ordinal();
        }

        String where() {
            List<String> conditions = new ArrayList<>(List.of("TRUE"));
            for (Facet facet : applied()) {
                conditions.add(facet.condition(parameter(facet)));
            }
            if (search.departement() != null) {
                conditions.add("(u.nationwide OR :departement" + suffix + " = ANY (u.departements)"
                        + " OR :regionOfDepartement" + suffix + " = ANY (u.regions))");
            }
            return String.join(" AND ", conditions);
        }

        void bind(Query query) {
            for (Facet facet : applied()) {
                query.setParameter(parameter(facet), commaSeparated(search.filter(facet)));
            }
            if (search.departement() != null) {
                query.setParameter("departement" + suffix, search.departement());
                query.setParameter("regionOfDepartement" + suffix, search.regionOfDepartement());
            }
        }

        private List<Facet> applied() {
            return search.filters().entrySet().stream()
                    .filter(entry -> entry.getKey() != excluded && !entry.getValue().isEmpty())
                    .map(Map.Entry::getKey).sorted().toList();
        }

        private String parameter(Facet facet) {
            return facet.name().toLowerCase(Locale.ROOT) + suffix;
        }

        private static String commaSeparated(Collection<String> values) {
            return values.stream().sorted().collect(Collectors.joining(","));
        }
    }
}
