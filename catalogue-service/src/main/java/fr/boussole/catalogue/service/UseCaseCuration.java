package fr.boussole.catalogue.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.domain.UseCaseTexts;
import fr.boussole.catalogue.mapping.UseCaseMapper;
import fr.boussole.catalogue.repository.UseCase;
import fr.boussole.catalogue.repository.UseCaseHistory;
import fr.boussole.catalogue.repository.UseCaseHistoryEntry;
import fr.boussole.catalogue.repository.UseCasePublications;
import fr.boussole.catalogue.repository.UseCaseRepository;
import fr.boussole.catalogue.rest.dto.CuratedUseCase;
import fr.boussole.catalogue.rest.dto.CuratedUseCaseSummary;
import fr.boussole.catalogue.rest.dto.UseCaseDraft;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.commons.workflow.ContentStatus;
import fr.boussole.commons.workflow.Curation;
import fr.boussole.commons.workflow.CurationAction;
import fr.boussole.commons.workflow.FieldChange;
import fr.boussole.commons.workflow.HistoryEntryView;
import io.quarkus.panache.common.Sort;

/**
 * The curators' workflow: a use case is created as a draft, edited (each change needs the version it is based on),
 * submitted for review, published by another curator than its last editor (four-eyes), and archived. Every change
 * is kept in the history. Publishing copies the working copy to the public; archiving withdraws it.
 */
@ApplicationScoped
@Transactional
public class UseCaseCuration {

    private final UseCaseRepository useCases;
    private final UseCasePublications publications;
    private final UseCaseHistory history;
    private final TaxonomyService taxonomy;
    private final ObjectMapper mapper;

    UseCaseCuration(UseCaseRepository useCases, UseCasePublications publications, UseCaseHistory history,
            TaxonomyService taxonomy, ObjectMapper mapper) {
        this.useCases = useCases;
        this.publications = publications;
        this.history = history;
        this.taxonomy = taxonomy;
        this.mapper = mapper;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<CuratedUseCaseSummary> list(ContentStatus status, PageParams paging) {
        var query = status == null ? useCases.findAll(Sort.by("slug"))
                : useCases.find("status", Sort.by("slug"), status);
        List<CuratedUseCaseSummary> items = query.page(paging.page, paging.size).list().stream()
                .map(UseCaseMapper::curatedSummary).toList();
        return Page.of(items, paging, query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public CuratedUseCase get(String slug) {
        return UseCaseMapper.curated(find(slug));
    }

    @Transactional(TxType.SUPPORTS)
    public Page<HistoryEntryView> history(String slug, PageParams paging) {
        find(slug);
        List<HistoryEntryView> entries = history.of(slug, paging.page, paging.size).stream()
                .map(UseCaseCuration::view).toList();
        return Page.of(entries, paging, history.countOf(slug));
    }

    public CuratedUseCase create(UseCaseDraft draft, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.slug() == null || draft.slug().isBlank()) {
            errors.add(new FieldError("slug", "must not be blank"));
        }
        errors.addAll(invalidContent(draft));
        requireValid(errors);
        if (useCases.findByIdOptional(draft.slug()).isPresent()) {
            throw ProblemException.conflict("A use case with slug '" + draft.slug() + "' already exists");
        }
        Instant now = Instant.now();
        UseCase useCase = new UseCase();
        useCase.slug = draft.slug();
        UseCaseMapper.apply(draft, useCase);
        useCase.status = ContentStatus.DRAFT;
        useCase.curated = true;
        useCase.createdAt = now;
        useCase.createdBy = actor;
        useCase.updatedAt = now;
        useCase.lastEditor = actor;
        useCases.persist(useCase);
        useCases.flush();
        record(useCase, CurationAction.CREATED, actor, now, Curation.diff(Map.of(), snapshot(useCase)));
        return UseCaseMapper.curated(useCase);
    }

    /** Replaces the content; a changed use case goes back to draft, its published copy stays online. */
    public CuratedUseCase edit(String slug, String ifMatch, UseCaseDraft draft, String actor) {
        UseCase useCase = find(slug);
        EntityTags.requireIfMatch(ifMatch, useCase.version);
        List<FieldError> errors = new ArrayList<>();
        if (draft.slug() != null && !draft.slug().equals(slug)) {
            errors.add(new FieldError("slug", "cannot change; create a new use case instead"));
        }
        errors.addAll(invalidContent(draft));
        requireValid(errors);
        Map<String, Object> before = snapshot(useCase);
        UseCaseMapper.apply(draft, useCase);
        Map<String, FieldChange> changes = Curation.diff(before, snapshot(useCase));
        if (changes.isEmpty()) {
            return UseCaseMapper.curated(useCase);
        }
        Instant now = Instant.now();
        useCase.status = ContentStatus.DRAFT;
        useCase.curated = true;
        useCase.updatedAt = now;
        useCase.lastEditor = actor;
        flush(useCase);
        record(useCase, CurationAction.EDITED, actor, now, changes);
        return UseCaseMapper.curated(useCase);
    }

    public CuratedUseCase submit(String slug, String ifMatch, String actor) {
        UseCase useCase = find(slug);
        EntityTags.requireIfMatch(ifMatch, useCase.version);
        Curation.requireStatus(useCase.status, ContentStatus.DRAFT, "submitted for review");
        return transition(useCase, ContentStatus.IN_REVIEW, CurationAction.SUBMITTED, actor);
    }

    /** Four-eyes: the curator who changed it last may not publish it. */
    public CuratedUseCase publish(String slug, String ifMatch, String actor) {
        UseCase useCase = find(slug);
        EntityTags.requireIfMatch(ifMatch, useCase.version);
        Curation.requireStatus(useCase.status, ContentStatus.IN_REVIEW, "published");
        Curation.requireAnotherPublisher(useCase.lastEditor, actor, "use case");
        List<FieldError> missing = missingForPublication(UseCaseMapper.content(useCase));
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The use case is not complete enough to publish: "
                    + Problems.invalidFieldsDetail(missing.size()), missing);
        }
        Instant now = Instant.now();
        useCase.publishedAt = now;
        useCase.publishedBy = actor;
        CuratedUseCase published = transition(useCase, ContentStatus.PUBLISHED, CurationAction.PUBLISHED, actor);
        publications.publish(UseCaseMapper.document(useCase, now));
        return published;
    }

    /** Withdraws it from the public; editing it again makes a new draft. */
    public CuratedUseCase archive(String slug, String ifMatch, String actor) {
        UseCase useCase = find(slug);
        EntityTags.requireIfMatch(ifMatch, useCase.version);
        if (useCase.status == ContentStatus.ARCHIVED) {
            throw ProblemException.conflict("The use case is already archived");
        }
        CuratedUseCase archived = transition(useCase, ContentStatus.ARCHIVED, CurationAction.ARCHIVED, actor);
        publications.unpublish(slug);
        return archived;
    }

    private CuratedUseCase transition(UseCase useCase, ContentStatus to, CurationAction action, String actor) {
        Map<String, FieldChange> changes = Map.of("status",
                new FieldChange(useCase.status, to));
        Instant now = Instant.now();
        useCase.status = to;
        useCase.updatedAt = now;
        flush(useCase);
        record(useCase, action, actor, now, changes);
        return UseCaseMapper.curated(useCase);
    }

    private void flush(UseCase useCase) {
        try {
            useCases.flush();
        } catch (OptimisticLockException concurrentWrite) {
            throw Curation.concurrentChange("use case '" + useCase.slug + "'");
        }
    }

    private void record(UseCase useCase, CurationAction action, String actor, Instant at,
            Map<String, FieldChange> changes) {
        UseCaseHistoryEntry entry = new UseCaseHistoryEntry();
        entry.slug = useCase.slug;
        entry.version = useCase.version;
        entry.action = action;
        entry.actor = actor;
        entry.at = at;
        entry.changes = new LinkedHashMap<>(changes);
        history.persist(entry);
    }

    private UseCase find(String slug) {
        return useCases.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("use case", slug));
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
    }

    /** What bean validation cannot see: references to sectors and functions, and rules across fields. */
    private List<FieldError> invalidContent(UseCaseDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(draft.translations().fr().title())) {
            errors.add(new FieldError("translations.fr.title", "must not be blank"));
        }
        unknown("sectors", draft.sectors(), taxonomy.codes(Taxonomy.SECTOR), errors);
        unknown("functions", draft.functions(), taxonomy.codes(Taxonomy.BUSINESS_FUNCTION), errors);
        if (draft.transversal() && draft.sectors() != null && !draft.sectors().isEmpty()) {
            errors.add(new FieldError("sectors", "must be empty for a transversal use case, which fits every sector"));
        }
        return errors;
    }

    private static void unknown(String field, List<String> codes, List<String> known, List<FieldError> errors) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) != null && !known.contains(codes.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "unknown code '" + codes.get(i) + "'; one of "
                        + String.join(", ", known)));
            }
        }
    }

    /** What the public needs: both languages, where it applies, what it needs, and why a critical domain is one. */
    private static List<FieldError> missingForPublication(UseCaseDraft content) {
        List<FieldError> missing = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            UseCaseTexts texts = "fr".equals(language) ? content.translations().fr() : content.translations().en();
            String prefix = "translations." + language + ".";
            if (blank(texts.title())) {
                missing.add(new FieldError(prefix + "title", "is needed to publish"));
            }
            if (blank(texts.summary())) {
                missing.add(new FieldError(prefix + "summary", "is needed to publish"));
            }
            if (blank(texts.body())) {
                missing.add(new FieldError(prefix + "body", "is needed to publish"));
            }
            if (content.criticalDomain() != null && blank(texts.criticalRationale())) {
                missing.add(new FieldError(prefix + "criticalRationale", "is needed to publish a use case of a"
                        + " critical domain"));
            }
        }
        if (content.functions().isEmpty()) {
            missing.add(new FieldError("functions", "at least one is needed to publish"));
        }
        if (!content.transversal() && content.sectors().isEmpty()) {
            missing.add(new FieldError("sectors", "at least one is needed to publish, unless the use case is"
                    + " transversal"));
        }
        if (content.dataKinds().isEmpty()) {
            missing.add(new FieldError("dataKinds", "at least one is needed to publish"));
        }
        if (content.solutionTypes().isEmpty()) {
            missing.add(new FieldError("solutionTypes", "at least one is needed to publish"));
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The content as field paths and values, e.g. translations.fr.title. */
    private Map<String, Object> snapshot(UseCase useCase) {
        Map<String, Object> nested = mapper.convertValue(UseCaseMapper.content(useCase), new TypeReference<>() {
        });
        return Curation.flatten(nested, Set.of("slug"));
    }

    private static HistoryEntryView view(UseCaseHistoryEntry entry) {
        return new HistoryEntryView(entry.version, entry.action, entry.actor, entry.at, entry.changes);
    }
}
