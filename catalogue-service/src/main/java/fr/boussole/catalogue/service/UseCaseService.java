package fr.boussole.catalogue.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.DocumentSink;
import fr.boussole.catalogue.domain.PublishedUseCase;
import fr.boussole.catalogue.domain.SolutionType;
import fr.boussole.catalogue.domain.UseCaseSearch;
import fr.boussole.catalogue.mapping.UseCaseMapper;
import fr.boussole.catalogue.repository.UseCasePublications;
import fr.boussole.catalogue.repository.UseCasePublications.Facet;
import fr.boussole.catalogue.rest.dto.SearchFacets;
import fr.boussole.catalogue.rest.dto.UseCaseSearchPage;
import fr.boussole.catalogue.rest.dto.UseCaseView;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.search.FacetValue;

/** What the public reads: the published use cases, searched, filtered and faceted. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class UseCaseService {

    private final UseCasePublications publications;
    private final TaxonomyService taxonomy;
    private final Synonyms synonyms;
    private final GuidanceService guidance;
    private final ObjectMapper mapper;

    UseCaseService(UseCasePublications publications, TaxonomyService taxonomy, Synonyms synonyms,
            GuidanceService guidance, ObjectMapper mapper) {
        this.publications = publications;
        this.guidance = guidance;
        this.taxonomy = taxonomy;
        this.synonyms = synonyms;
        this.mapper = mapper;
    }

    /** Builds the search from the caller's words and filters, refusing unknown sector or function codes. */
    public UseCaseSearch search(String text, Language language, Set<String> sectors, Set<String> functions,
            Set<SolutionType> solutionTypes,
            Set<DataKind> dataKinds,
            Set<CriticalDomain> criticalDomains, Boolean personalData,
            UseCaseSearch.Order order) {
        requireKnown("sector", sectors, Taxonomy.SECTOR);
        requireKnown("function", functions, Taxonomy.BUSINESS_FUNCTION);
        Synonyms.Expansion words = synonyms.expand(text, language);
        return new UseCaseSearch(text, words.freeText(), words.groups(), language, sectors, functions, solutionTypes,
                dataKinds, criticalDomains, personalData, order == null ? UseCaseSearch.Order.RELEVANCE : order);
    }

    /**
     * A page of the search's results. None having every word, those with the most of them; a word no use case has
     * gets the nearest spelling the catalogue uses (didYouMean), and when nothing matched at all the results are
     * those of that spelling.
     */
    public UseCaseSearchPage find(UseCaseSearch search, PageParams paging) {
        List<String> allSectors = taxonomy.codes(Taxonomy.SECTOR);
        UseCasePublications.Results results = publications.search(search, paging.offset(), paging.size, allSectors);
        String didYouMean = search.words() == null || search.words().isBlank() ? null
                : Spelling.suggest(search.words(), word -> publications.hasWord(word, search.language(), allSectors)
                        || synonyms.isWordOfAPhrase(word, search.language()),
                        publications.vocabulary(search.language(), allSectors));
        if (results.total() == 0 && didYouMean != null) {
            Synonyms.Expansion corrected = synonyms.expand(didYouMean, search.language());
            results = publications.search(search.withWords(didYouMean, corrected.freeText(), corrected.groups()),
                    paging.offset(), paging.size, allSectors);
        }
        return new UseCaseSearchPage(
                results.documents().stream().map(this::read)
                        .map(document -> UseCaseMapper.summary(document,
                                guidance.aiAct(document.aiAct(), search.language()), search.language()))
                        .toList(),
                paging.page, paging.size, results.total(), Page.pageCount(results.total(), paging.size),
                facets(results.facets()), results.matchedAllWords(), didYouMean);
    }

    public UseCaseView get(String slug, Language language) {
        return publications.document(slug)
                .map(this::read)
                .map(document -> UseCaseMapper.view(document, guidance.aiAct(document.aiAct(), language), language))
                .orElseThrow(() -> ProblemException.notFound("published use case", slug));
    }

    private PublishedUseCase read(String document) {
        try {
            return mapper.readValue(document, PublishedUseCase.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A published use case is unreadable", e);
        }
    }

    private static SearchFacets facets(Map<Facet, Map<String, Long>> counts) {
        return new SearchFacets(FacetValue.ranked(counts.get(Facet.SECTORS)),
                FacetValue.ranked(counts.get(Facet.FUNCTIONS)), FacetValue.ranked(counts.get(Facet.SOLUTION_TYPES)),
                FacetValue.ranked(counts.get(Facet.DATA_KINDS)), FacetValue.ranked(counts.get(Facet.CRITICAL_DOMAINS)),
                FacetValue.ranked(counts.get(Facet.PERSONAL_DATA)));
    }

    private void requireKnown(String parameter, Collection<String> values, Taxonomy kind) {
        if (values.isEmpty()) {
            return;
        }
        List<String> known = taxonomy.codes(kind);
        List<String> unknown = values.stream().filter(value -> !known.contains(value)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(parameter, "unknown " + parameter + " " + unknown + "; one of "
                    + known.stream().collect(Collectors.joining(", ")));
        }
    }

    /** Changes whenever the dump does: the number of published use cases and the last publication time. */
    public String dumpVersion() {
        return publications.dumpVersion();
    }

    /** Streams every published document, by slug, on a connection of its own (memory stays flat). */
    public void forEachPublishedDocument(DocumentSink sink) throws SQLException, IOException {
        publications.forEachDocument(sink);
    }
}
