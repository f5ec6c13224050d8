package fr.boussole.directory.service.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.search.FacetValue;
import fr.boussole.directory.domain.PartnerDocument;
import fr.boussole.directory.domain.PartnerOffer;
import fr.boussole.directory.mapping.PartnerMapper;
import fr.boussole.directory.repository.PartnerKindRepository;
import fr.boussole.directory.rest.dto.PartnerSearchPage;
import fr.boussole.directory.rest.dto.PartnerView;
import fr.boussole.directory.service.DirectorySearch;
import fr.boussole.directory.service.Geography;
import fr.boussole.directory.service.PostgresArrays;
import fr.boussole.directory.service.SearchIndex.EntryType;
import fr.boussole.directory.service.SearchIndex.Facet;
import fr.boussole.directory.service.SearchIndex;

/**
 * What the public reads: the published documents of the partners, searched on what was published (a partner being
 * edited is found as it is online, not as its draft says).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PartnerService {

    /** The published partners' filters: several values of one filter mean any of them; empty filters nothing. */
    public record Filters(Set<String> kinds, Set<String> regions, String departement, Set<String> sectors,
            Set<String> useCases, Set<PartnerOffer> offers, Boolean verified) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Geography geography;
    private final SearchIndex index;
    private final PartnerKindRepository kinds;

    PartnerService(EntityManager entityManager, ObjectMapper mapper, Geography geography, SearchIndex index,
            PartnerKindRepository kinds) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.geography = geography;
        this.index = index;
        this.kinds = kinds;
    }

    /**
     * Full text in the caller's language (accents, case and word endings ignored; the name weighs most, then the
     * description), filters and facets. A partner that names no region and no département serves all of France;
     * one that serves a region serves each of its départements, and one that serves a département is found in its
     * region. Sectors and use cases are those the partner names.
     */
    public PartnerSearchPage search(String text, Filters filters, DirectorySearch.Order order, Language language,
            ContactAccess contacts, PageParams paging) {
        requireKnownKinds(filters.kinds());
        geography.requireKnown(filters.regions(), filters.departement());
        Map<Facet, Set<String>> wanted = new EnumMap<>(Facet.class);
        wanted.put(Facet.KIND, filters.kinds());
        wanted.put(Facet.REGION, filters.regions());
        wanted.put(Facet.SECTOR, filters.sectors());
        wanted.put(Facet.USE_CASE, filters.useCases());
        wanted.put(Facet.OFFER, filters.offers().stream().map(Enum::name).collect(Collectors.toSet()));
        wanted.put(Facet.VERIFIED, filters.verified() == null ? Set.of() : Set.of(filters.verified().toString()));
        DirectorySearch search = new DirectorySearch(EntryType.PARTNER, text, language, wanted,
                filters.departement(), order);
        SearchIndex.Results results = index.search(search, paging.offset(), paging.size);
        Map<String, PartnerDocument> documents = documents(results.ids());
        List<PartnerView> items = results.ids().stream()
                .map(slug -> PartnerMapper.view(documents.get(slug), language, contacts.sees(documents.get(slug))))
                .toList();
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        results.facets().forEach((facet, counts) -> facets.put(facet, FacetValue.ranked(counts)));
        return new PartnerSearchPage(items, paging.page, paging.size, results.total(),
                Page.pageCount(results.total(), paging.size),
                new PartnerSearchPage.Facets(facets.get(Facet.KIND), facets.get(Facet.REGION),
                        facets.get(Facet.SECTOR), facets.get(Facet.USE_CASE), facets.get(Facet.OFFER),
                        facets.get(Facet.VERIFIED)));
    }

    private void requireKnownKinds(Set<String> codes) {
        List<String> unknown = codes.stream().filter(code -> kinds.findByIdOptional(code).isEmpty()).sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("kind", "unknown partner kind " + unknown);
        }
    }

    private Map<String, PartnerDocument> documents(List<String> slugs) {
        Map<String, PartnerDocument> documents = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT slug, CAST(published AS text) FROM partner"
                + " WHERE slug = ANY (CAST(:slugs AS text[])) AND published IS NOT NULL")
                .setParameter("slugs", PostgresArrays.literal(slugs)).getResultList()) {
            Object[] columns = (Object[]) row;
            documents.put(columns[0].toString(), read(columns[1].toString()));
        }
        return documents;
    }

    public PartnerView get(String slug, Language language, ContactAccess contacts) {
        List<?> rows = entityManager.createNativeQuery(
                "SELECT CAST(published AS text) FROM partner WHERE slug = :slug AND published IS NOT NULL")
                .setParameter("slug", slug)
                .getResultList();
        return rows.stream().map(row -> read(row.toString()))
                .map(document -> PartnerMapper.view(document, language, contacts.sees(document)))
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

    private PartnerDocument read(String document) {
        try {
            return mapper.readValue(document, PartnerDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A published partner is unreadable", e);
        }
    }
}
