package fr.boussole.commons.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The curators' workflow, the same for every curated content: created as a draft, edited on the version it is based
 * on (If-Match), submitted for review, published by another curator than its last editor (four-eyes), archived.
 * Every step is kept in the history with each field's value before and after. An edit takes published content back
 * to draft while its published copy stays online until the next publication.
 * <p>
 * A service extends it for one kind of content and says what is particular to it through the hooks: how a draft is
 * checked and written, what publication needs, and what publishing and withdrawing do.
 *
 * @param <E> the stored working copy
 * @param <H> a row of its history
 * @param <D> the draft a curator writes
 * @param <V> the working copy as a curator reads it
 * @param <S> its line in a list
 */
@Transactional
public abstract class CurationWorkflow<E extends CuratedEntity, H extends CurationHistoryEntry, D, V extends CuratedView, S> {

    private static final Set<String> NOT_CONTENT = Set.of("slug");
    private static final Runnable NOTHING = () -> {
    };

    /**
     * How the content is made and read, the same for every kind of content: functions rather than methods to
     * override, so that a kind of content writes only its rules.
     *
     * @param newContent a working copy not stored yet
     * @param newHistoryEntry a history row not stored yet
     * @param slugOf the slug the draft asks for; only a creation gives one
     * @param apply writes the draft's content into the working copy
     * @param content what a curator edits, read back from the working copy: its fields are what the history compares
     * @param view the working copy as a curator reads it
     * @param summary its line in a list
     */
    public record Mapping<E, H, D, V, S>(Supplier<E> newContent, Supplier<H> newHistoryEntry,
            Function<D, String> slugOf, BiConsumer<D, E> apply, Function<E, Object> content, Function<E, V> view,
            Function<E, S> summary) {
    }

    private final String what;
    private final PanacheRepositoryBase<E, String> contents;
    private final PanacheRepositoryBase<H, Long> history;
    private final ObjectMapper mapper;
    private final Mapping<E, H, D, V, S> mapping;

    /** For the container's client proxy, which delegates every call. */
    protected CurationWorkflow() {
        this(null, null, null, null, null);
    }

    /**
     * @param what the content's name in messages, e.g. "use case"
     */
    protected CurationWorkflow(String what, PanacheRepositoryBase<E, String> contents,
            PanacheRepositoryBase<H, Long> history, ObjectMapper mapper, Mapping<E, H, D, V, S> mapping) {
        this.what = what;
        this.contents = contents;
        this.history = history;
        this.mapper = mapper;
        this.mapping = mapping;
    }

    /** The slug the draft asks for; only a creation gives one. */
    public String slugOf(D draft) {
        return mapping.slugOf().apply(draft);
    }

    /**
     * Adds what bean validation cannot see (references to other data, rules across fields) to the errors found so
     * far; nothing is stored when the list is not empty afterwards.
     */
    protected abstract void check(D draft, List<FieldError> errors);

    /** What the content still lacks to be published, field by field. */
    protected abstract List<FieldError> missingForPublication(E content);

    /** Makes the working copy public, as it is now. */
    protected abstract void publish(E content, Instant at);

    /** Takes it away from the public. */
    protected abstract void withdraw(E content);


    @Transactional(TxType.SUPPORTS)
    public Page<S> list(ContentStatus status, PageParams paging) {
        var query = status == null ? contents.findAll(Sort.by("slug"))
                : contents.find("status", Sort.by("slug"), status);
        return Page.of(query.page(paging.page, paging.size).list().stream().map(mapping.summary()).toList(),
                paging, query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public V get(String slug) {
        return mapping.view().apply(find(slug));
    }

    /** Newest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<HistoryEntryView> history(String slug, PageParams paging) {
        find(slug);
        return Curation.history(history, slug, paging);
    }

    public V create(D draft, String actor) {
        String slug = slugOf(draft);
        List<FieldError> errors = new ArrayList<>();
        if (slug == null || slug.isBlank()) {
            errors.add(new FieldError("slug", "must not be blank"));
        }
        requireValid(draft, errors);
        if (contents.findByIdOptional(slug).isPresent()) {
            throw ProblemException.conflict("A " + what + " with slug '" + slug + "' already exists");
        }
        Instant now = Instant.now();
        E content = mapping.newContent().get();
        content.slug = slug;
        mapping.apply().accept(draft, content);
        content.status = ContentStatus.DRAFT;
        content.curated = true;
        content.createdAt = now;
        content.createdBy = actor;
        content.updatedAt = now;
        content.lastEditor = actor;
        contents.persist(content);
        contents.flush();
        record(content, CurationAction.CREATED, actor, now, Curation.diff(Map.of(), snapshot(content)));
        return mapping.view().apply(content);
    }

    /** Replaces the content; changed content goes back to draft, its published copy stays online. */
    public V edit(String slug, String ifMatch, D draft, String actor) {
        E content = find(slug);
        EntityTags.requireIfMatch(ifMatch, content.version);
        List<FieldError> errors = new ArrayList<>();
        String askedSlug = slugOf(draft);
        if (askedSlug != null && !askedSlug.equals(slug)) {
            errors.add(new FieldError("slug", "cannot change; create a new " + what + " instead"));
        }
        requireValid(draft, errors);
        Map<String, Object> before = snapshot(content);
        mapping.apply().accept(draft, content);
        Map<String, FieldChange> changes = Curation.diff(before, snapshot(content));
        if (changes.isEmpty()) {
            return mapping.view().apply(content);
        }
        Instant now = Instant.now();
        content.status = ContentStatus.DRAFT;
        content.curated = true;
        content.updatedAt = now;
        content.lastEditor = actor;
        flush(content);
        record(content, CurationAction.EDITED, actor, now, changes);
        return mapping.view().apply(content);
    }

    public V submit(String slug, String ifMatch, String actor) {
        E content = find(slug);
        EntityTags.requireIfMatch(ifMatch, content.version);
        Curation.requireStatus(content.status, ContentStatus.DRAFT, "submitted for review");
        return transition(content, ContentStatus.IN_REVIEW, CurationAction.SUBMITTED, actor, NOTHING);
    }

    /** Four-eyes: whoever changed it last may not publish it; it must have all publication needs. */
    public V publish(String slug, String ifMatch, String actor) {
        E content = find(slug);
        EntityTags.requireIfMatch(ifMatch, content.version);
        Curation.requireStatus(content.status, ContentStatus.IN_REVIEW, "published");
        Curation.requireAnotherPublisher(content.lastEditor, actor, what);
        List<FieldError> missing = missingForPublication(content);
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The " + what + " is not complete enough to"
                    + " publish: " + Problems.invalidFieldsDetail(missing.size()), missing);
        }
        Instant now = Instant.now();
        content.publishedAt = now;
        content.publishedBy = actor;
        return transition(content, ContentStatus.PUBLISHED, CurationAction.PUBLISHED, actor,
                () -> publish(content, now));
    }

    /** Withdraws it from the public; editing it later makes a new draft. */
    public V archive(String slug, String ifMatch, String actor) {
        E content = find(slug);
        EntityTags.requireIfMatch(ifMatch, content.version);
        if (content.status == ContentStatus.ARCHIVED) {
            throw ProblemException.conflict("The " + what + " is already archived");
        }
        return transition(content, ContentStatus.ARCHIVED, CurationAction.ARCHIVED, actor, () -> withdraw(content));
    }

    /**
     * Changes the status and does what goes with it in the same write: the step's side effect (publishing,
     * withdrawing) may itself make the store write the content, so the content is changed before it runs and the
     * version moves once per step.
     */
    private V transition(E content, ContentStatus to, CurationAction action, String actor, Runnable sideEffect) {
        Map<String, FieldChange> changes = Map.of("status", new FieldChange(content.status, to));
        Instant now = Instant.now();
        content.status = to;
        content.updatedAt = now;
        flush(content, sideEffect);
        record(content, action, actor, now, changes);
        return mapping.view().apply(content);
    }

    private void flush(E content) {
        flush(content, NOTHING);
    }

    private void flush(E content, Runnable sideEffect) {
        try {
            sideEffect.run();
            contents.flush();
        } catch (OptimisticLockException concurrentWrite) {
            throw Curation.concurrentChange(what + " '" + content.slug + "'");
        }
    }

    private void record(E content, CurationAction action, String actor, Instant at,
            Map<String, FieldChange> changes) {
        H entry = mapping.newHistoryEntry().get();
        entry.describe(content.slug, content.version, action, actor, at, changes);
        history.persist(entry);
    }

    private E find(String slug) {
        return contents.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound(what, slug));
    }

    private void requireValid(D draft, List<FieldError> errors) {
        check(draft, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
    }

    private Map<String, Object> snapshot(E content) {
        return Curation.snapshot(mapper, mapping.content().apply(content), NOT_CONTENT);
    }
}
