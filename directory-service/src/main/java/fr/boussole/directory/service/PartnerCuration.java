package fr.boussole.directory.service;

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
import fr.boussole.directory.client.CatalogueReferences;
import fr.boussole.directory.mapping.PartnerMapper;
import fr.boussole.directory.repository.Partner;
import fr.boussole.directory.repository.PartnerHistory;
import fr.boussole.directory.repository.PartnerHistoryEntry;
import fr.boussole.directory.repository.PartnerKindRepository;
import fr.boussole.directory.repository.PartnerRepository;
import fr.boussole.directory.rest.dto.CuratedPartner;
import fr.boussole.directory.rest.dto.CuratedPartnerSummary;
import fr.boussole.directory.rest.dto.PartnerDraft;
import io.quarkus.panache.common.Sort;

/**
 * The curators' workflow for partners, as for the catalogue's use cases: drafts, edits on the version they are
 * based on, review, four-eyes publication, archive, and a per-field history. Sectors and use cases are checked
 * against catalogue-service before anything is stored.
 */
@ApplicationScoped
@Transactional
public class PartnerCuration {

    private final PartnerRepository partners;
    private final PartnerHistory history;
    private final PartnerKindRepository kinds;
    private final Geography geography;
    private final CatalogueReferences catalogue;
    private final ObjectMapper mapper;

    PartnerCuration(PartnerRepository partners, PartnerHistory history, PartnerKindRepository kinds,
            Geography geography, CatalogueReferences catalogue, ObjectMapper mapper) {
        this.partners = partners;
        this.history = history;
        this.kinds = kinds;
        this.geography = geography;
        this.catalogue = catalogue;
        this.mapper = mapper;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<CuratedPartnerSummary> list(ContentStatus status, PageParams paging) {
        var query = status == null ? partners.findAll(Sort.by("slug"))
                : partners.find("status", Sort.by("slug"), status);
        return Page.of(query.page(paging.page, paging.size).list().stream().map(PartnerMapper::summary).toList(),
                paging, query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public CuratedPartner get(String slug) {
        return PartnerMapper.curated(find(slug));
    }

    @Transactional(TxType.SUPPORTS)
    public Page<HistoryEntryView> history(String slug, PageParams paging) {
        find(slug);
        return Page.of(history.of(slug, paging.page, paging.size).stream()
                .map(entry -> new HistoryEntryView(entry.version, entry.action, entry.actor, entry.at, entry.changes))
                .toList(), paging, history.countOf(slug));
    }

    public CuratedPartner create(PartnerDraft draft, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.slug() == null) {
            errors.add(new FieldError("slug", "must not be blank"));
        }
        requireValid(errors, draft);
        if (partners.findByIdOptional(draft.slug()).isPresent()) {
            throw ProblemException.conflict("A partner with slug '" + draft.slug() + "' already exists");
        }
        Instant now = Instant.now();
        Partner partner = new Partner();
        partner.slug = draft.slug();
        PartnerMapper.apply(draft, partner);
        partner.status = ContentStatus.DRAFT;
        partner.curated = true;
        partner.createdAt = now;
        partner.createdBy = actor;
        partner.updatedAt = now;
        partner.lastEditor = actor;
        partners.persist(partner);
        partners.flush();
        record(partner, CurationAction.CREATED, actor, now, Curation.diff(Map.of(), snapshot(partner)));
        return PartnerMapper.curated(partner);
    }

    /** Replaces the content; a changed partner goes back to draft, its published document stays online. */
    public CuratedPartner edit(String slug, String ifMatch, PartnerDraft draft, String actor) {
        Partner partner = find(slug);
        EntityTags.requireIfMatch(ifMatch, partner.version);
        List<FieldError> errors = new ArrayList<>();
        if (draft.slug() != null && !draft.slug().equals(slug)) {
            errors.add(new FieldError("slug", "cannot change; create a new partner instead"));
        }
        requireValid(errors, draft);
        Map<String, Object> before = snapshot(partner);
        PartnerMapper.apply(draft, partner);
        Map<String, FieldChange> changes = Curation.diff(before, snapshot(partner));
        if (changes.isEmpty()) {
            return PartnerMapper.curated(partner);
        }
        Instant now = Instant.now();
        partner.status = ContentStatus.DRAFT;
        partner.curated = true;
        partner.updatedAt = now;
        partner.lastEditor = actor;
        flush(partner);
        record(partner, CurationAction.EDITED, actor, now, changes);
        return PartnerMapper.curated(partner);
    }

    public CuratedPartner submit(String slug, String ifMatch, String actor) {
        Partner partner = find(slug);
        EntityTags.requireIfMatch(ifMatch, partner.version);
        Curation.requireStatus(partner.status, ContentStatus.DRAFT, "submitted for review");
        return transition(partner, ContentStatus.IN_REVIEW, CurationAction.SUBMITTED, actor);
    }

    /** Four-eyes: whoever changed it last may not publish it. Both descriptions are needed to publish. */
    public CuratedPartner publish(String slug, String ifMatch, String actor) {
        Partner partner = find(slug);
        EntityTags.requireIfMatch(ifMatch, partner.version);
        Curation.requireStatus(partner.status, ContentStatus.IN_REVIEW, "published");
        Curation.requireAnotherPublisher(partner.lastEditor, actor, "partner");
        List<FieldError> missing = new ArrayList<>();
        if (blank(partner.descriptionFr)) {
            missing.add(new FieldError("description.fr", "is needed to publish"));
        }
        if (blank(partner.descriptionEn)) {
            missing.add(new FieldError("description.en", "is needed to publish"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The partner is not complete enough to publish: "
                    + Problems.invalidFieldsDetail(missing.size()), missing);
        }
        Instant now = Instant.now();
        partner.publishedAt = now;
        partner.publishedBy = actor;
        // The document carries the version of the content it publishes; the status change comes after.
        partner.published = PartnerMapper.document(partner, now);
        return transition(partner, ContentStatus.PUBLISHED, CurationAction.PUBLISHED, actor);
    }

    /** Withdraws it from the public; editing it later makes a new draft. */
    public CuratedPartner archive(String slug, String ifMatch, String actor) {
        Partner partner = find(slug);
        EntityTags.requireIfMatch(ifMatch, partner.version);
        if (partner.status == ContentStatus.ARCHIVED) {
            throw ProblemException.conflict("The partner is already archived");
        }
        partner.published = null;
        return transition(partner, ContentStatus.ARCHIVED, CurationAction.ARCHIVED, actor);
    }

    private CuratedPartner transition(Partner partner, ContentStatus to, CurationAction action, String actor) {
        Map<String, FieldChange> changes = Map.of("status", new FieldChange(partner.status, to));
        Instant now = Instant.now();
        partner.status = to;
        partner.updatedAt = now;
        flush(partner);
        record(partner, action, actor, now, changes);
        return PartnerMapper.curated(partner);
    }

    private void flush(Partner partner) {
        try {
            partners.flush();
        } catch (OptimisticLockException concurrentWrite) {
            throw Curation.concurrentChange("partner '" + partner.slug + "'");
        }
    }

    private void record(Partner partner, CurationAction action, String actor, Instant at,
            Map<String, FieldChange> changes) {
        PartnerHistoryEntry entry = new PartnerHistoryEntry();
        entry.slug = partner.slug;
        entry.version = partner.version;
        entry.action = action;
        entry.actor = actor;
        entry.at = at;
        entry.changes = new LinkedHashMap<>(changes);
        history.persist(entry);
    }

    private Partner find(String slug) {
        return partners.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("partner", slug));
    }

    /** What bean validation cannot see: codes that must exist here or in the catalogue, and cross-field rules. */
    private void requireValid(List<FieldError> errors, PartnerDraft draft) {
        if (draft.kind() != null && kinds.findByIdOptional(draft.kind()).isEmpty()) {
            errors.add(new FieldError("kind", "unknown partner kind '" + draft.kind() + "'"));
        }
        errors.addAll(geography.unknownAreas(draft.regions(), draft.departements()));
        if (draft.firstTest() != null && draft.firstTest().minMonths() > draft.firstTest().maxMonths()) {
            errors.add(new FieldError("firstTest", "minMonths must not be greater than maxMonths"));
        }
        if (errors.isEmpty()) {
            // Only a draft valid in itself is worth a call to the catalogue.
            unknown("sectors", draft.sectors(), catalogue.unknownSectors(draft.sectors()), errors);
            unknown("useCases", draft.useCases(), catalogue.unknownUseCases(draft.useCases()), errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
    }

    private static void unknown(String field, List<String> values, List<String> unknown, List<FieldError> errors) {
        for (int i = 0; i < values.size(); i++) {
            if (unknown.contains(values.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "unknown in the catalogue: '" + values.get(i) + "'"));
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Map<String, Object> snapshot(Partner partner) {
        return Curation.flatten(mapper.convertValue(PartnerMapper.draft(partner), new TypeReference<>() {
        }), Set.of("slug"));
    }
}
