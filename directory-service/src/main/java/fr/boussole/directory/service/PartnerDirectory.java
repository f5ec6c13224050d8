package fr.boussole.directory.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.directory.mapping.PartnerMapper;
import fr.boussole.directory.repository.PartnerOffer;
import fr.boussole.directory.rest.dto.PartnerDocument;
import fr.boussole.directory.rest.dto.PartnerView;

/**
 * What the public reads: the published documents of the partners, filtered on what was published (a partner being
 * edited is found as it is online, not as its draft says).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PartnerDirectory {

    /** The published partners' filters; null values filter nothing. */
    public record Filters(String kind, String region, String departement, String sector, String useCase,
            PartnerOffer offer, Boolean verified) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Geography geography;

    PartnerDirectory(EntityManager entityManager, ObjectMapper mapper, Geography geography) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.geography = geography;
    }

    /**
     * By name. A partner that names no region and no département serves all of France; one that serves a region
     * serves each of its départements, and one that serves a département is found in its region.
     */
    public Page<PartnerView> list(Filters filters, Language language, boolean withContact, PageParams paging) {
        if (filters.region() != null && !geography.isRegion(filters.region())) {
            throw ProblemException.invalid("region", "unknown INSEE region code '" + filters.region() + "'");
        }
        if (filters.departement() != null && !geography.isDepartement(filters.departement())) {
            throw ProblemException.invalid("departement", "unknown INSEE département code '"
                    + filters.departement() + "'");
        }
        List<String> conditions = new ArrayList<>(List.of("published IS NOT NULL"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        String everywhere = "(jsonb_array_length(published->'regions') = 0"
                + " AND jsonb_array_length(published->'departements') = 0)";
        if (filters.kind() != null) {
            conditions.add("published->>'kind' = :kind");
            parameters.put("kind", filters.kind());
        }
        if (filters.region() != null) {
            conditions.add("(" + contains("regions", "region") + " OR jsonb_exists_any(published->'departements',"
                    + " CAST(:departementsOfRegion AS text[])) OR " + everywhere + ")");
            parameters.put("region", filters.region());
            parameters.put("departementsOfRegion", PostgresArrays.literal(geography.departementsOf(filters.region())));
        }
        if (filters.departement() != null) {
            conditions.add("(" + contains("departements", "departement") + " OR " + contains("regions",
                    "regionOfDepartement") + " OR " + everywhere + ")");
            parameters.put("departement", filters.departement());
            parameters.put("regionOfDepartement", geography.regionOf(filters.departement()).orElse(""));
        }
        if (filters.sector() != null) {
            conditions.add(contains("sectors", "sector"));
            parameters.put("sector", filters.sector());
        }
        if (filters.useCase() != null) {
            conditions.add(contains("useCases", "useCase"));
            parameters.put("useCase", filters.useCase());
        }
        if (filters.offer() != null) {
            conditions.add(contains("offers", "offer"));
            parameters.put("offer", filters.offer().name());
        }
        if (filters.verified() != null) {
            conditions.add("CAST(published->>'verified' AS boolean) = :verified");
            parameters.put("verified", filters.verified());
        }
        String where = " FROM partner WHERE " + String.join(" AND ", conditions);
        Query page = entityManager.createNativeQuery("SELECT CAST(published AS text)" + where
                + " ORDER BY lower(published->>'name'), slug LIMIT :limit OFFSET :offset")
                .setParameter("limit", paging.size)
                .setParameter("offset", paging.offset());
        Query count = entityManager.createNativeQuery("SELECT count(*)" + where);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PartnerView> items = page.getResultList().stream()
                .map(row -> PartnerMapper.view(read(row.toString()), language, withContact)).toList();
        return Page.of(items, paging, ((Number) count.getSingleResult()).longValue());
    }

    public PartnerView get(String slug, Language language, boolean withContact) {
        List<?> rows = entityManager.createNativeQuery(
                "SELECT CAST(published AS text) FROM partner WHERE slug = :slug AND published IS NOT NULL")
                .setParameter("slug", slug)
                .getResultList();
        return rows.stream().map(row -> PartnerMapper.view(read(row.toString()), language, withContact))
                .findFirst().orElseThrow(() -> ProblemException.notFound("published partner", slug));
    }

    /** 404 unless the partner is published. */
    public void requirePublished(String slug) {
        if (publishedNames(List.of(slug)).isEmpty()) {
            throw ProblemException.notFound("published partner", slug);
        }
    }

    /** The names of those of the partners that are published, by slug. */
    public Map<String, String> publishedNames(List<String> slugs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT slug, published->>'name' FROM partner"
                + " WHERE slug = ANY (CAST(:slugs AS text[])) AND published IS NOT NULL")
                .setParameter("slugs", PostgresArrays.literal(slugs)).getResultList()) {
            Object[] columns = (Object[]) row;
            names.put(columns[0].toString(), columns[1].toString());
        }
        return names;
    }

    /** The published array {@code field} holds the value of parameter {@code parameter}. */
    private static String contains(String field, String parameter) {
        return "published->'" + field + "' @> jsonb_build_array(CAST(:" + parameter + " AS text))";
    }

    private PartnerDocument read(String document) {
        try {
            return mapper.readValue(document, PartnerDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A published partner is unreadable", e);
        }
    }
}
