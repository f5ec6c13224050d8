package fr.boussole.catalogue.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.catalogue.mapping.TaxonomyMapper;
import fr.boussole.catalogue.repository.BusinessFunctionRepository;
import fr.boussole.catalogue.repository.SectorRepository;
import fr.boussole.catalogue.repository.TaxonomyTerm;
import fr.boussole.catalogue.repository.UseCasePublications;
import fr.boussole.catalogue.repository.UseCasePublications.Facet;
import fr.boussole.catalogue.rest.dto.TermDetails;
import fr.boussole.catalogue.rest.dto.TermExport;
import fr.boussole.catalogue.rest.dto.TermSummary;
import fr.boussole.catalogue.rest.dto.TermUpdate;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads and curates the sectors and business functions. */
@ApplicationScoped
@Transactional
public class TaxonomyService {

    private final SectorRepository sectors;
    private final BusinessFunctionRepository functions;
    private final UseCasePublications publications;
    private final Map<Taxonomy, List<String>> codes = new ConcurrentHashMap<>();

    TaxonomyService(SectorRepository sectors, BusinessFunctionRepository functions,
            UseCasePublications publications) {
        this.sectors = sectors;
        this.functions = functions;
        this.publications = publications;
    }

    /** The terms in the guide's order, each with its number of published use cases. */
    @Transactional(TxType.SUPPORTS)
    public Page<TermSummary> list(Taxonomy taxonomy, Language language, PageParams paging) {
        List<? extends TaxonomyTerm> all = repository(taxonomy).list("order by position, code");
        Map<String, Long> counts = publications.countsPerTerm(
                taxonomy == Taxonomy.SECTOR ? Facet.SECTORS : Facet.FUNCTIONS,
                taxonomy == Taxonomy.SECTOR ? all.stream().map(term -> term.code).toList() : List.of());
        return Page.slice(all, paging)
                .map(term -> TaxonomyMapper.summary(term, language, counts.getOrDefault(term.code, 0L)));
    }

    /** Every term of a classification in every language, in the guide's order. */
    @Transactional(TxType.SUPPORTS)
    public List<TermExport> export(Taxonomy taxonomy) {
        return repository(taxonomy).list("order by position, code").stream().map(TaxonomyMapper::export).toList();
    }

    /** Changes whenever a term of either classification changes. */
    @Transactional(TxType.SUPPORTS)
    public long versionStamp() {
        return sectors.listAll().stream().mapToLong(term -> term.version).sum() * 31
                + functions.listAll().stream().mapToLong(term -> term.version).sum();
    }

    /**
     * The codes of a classification, in the guide's order. Codes come from the seed and curators only reword terms,
     * so they are read once: every search needs them.
     */
    @Transactional(TxType.SUPPORTS)
    public List<String> codes(Taxonomy taxonomy) {
        List<String> known = codes.get(taxonomy);
        if (known == null) {
            known = repository(taxonomy).list("order by position, code").stream().map(term -> term.code).toList();
            if (!known.isEmpty()) {
                codes.put(taxonomy, known);
            }
        }
        return known;
    }

    @Transactional(TxType.SUPPORTS)
    public TermDetails get(Taxonomy taxonomy, String code, Language language) {
        return TaxonomyMapper.details(find(taxonomy, code), language);
    }

    /**
     * Replaces the wording of a term, provided {@code ifMatch} names its current version. A change marks the term
     * as curated, so the seed no longer overwrites it; an identical wording changes nothing, not even the version.
     */
    public TermDetails update(Taxonomy taxonomy, String code, String ifMatch, TermUpdate update, String editor,
            Language language) {
        TaxonomyTerm term = find(taxonomy, code);
        EntityTags.requireIfMatch(ifMatch, term.version);
        if (TaxonomyMapper.apply(update.translations(), term)) {
            term.curated = true;
            term.updatedAt = Instant.now();
            term.updatedBy = editor;
            try {
                repository(taxonomy).flush();
            } catch (OptimisticLockException concurrentWrite) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "The " + taxonomy.label() + " was changed by someone else at the same time; read it again"
                                + " and retry");
            }
        }
        return TaxonomyMapper.details(term, language);
    }

    private TaxonomyTerm find(Taxonomy taxonomy, String code) {
        return repository(taxonomy).findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound(taxonomy.label(), code));
    }

    private PanacheRepositoryBase<? extends TaxonomyTerm, String> repository(Taxonomy taxonomy) {
        return switch (taxonomy) {
            case SECTOR -> sectors;
            case BUSINESS_FUNCTION -> functions;
        };
    }
}
