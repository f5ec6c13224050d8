package fr.boussole.directory.service.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.commons.workflow.Curation;
import fr.boussole.commons.workflow.CurationAction;
import fr.boussole.commons.workflow.CurationHistoryEntry;
import fr.boussole.commons.workflow.FieldChange;
import fr.boussole.commons.workflow.HistoryEntryView;
import fr.boussole.directory.mapping.FundingAidMapper;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.repository.FundingAidHistory;
import fr.boussole.directory.repository.FundingAidHistoryEntry;
import fr.boussole.directory.repository.FundingAidRepository;
import fr.boussole.directory.rest.dto.AidDraft;
import fr.boussole.directory.rest.dto.AidImportReport;
import fr.boussole.directory.rest.dto.AidReview;
import fr.boussole.directory.rest.dto.AidSchemaRecord;
import fr.boussole.directory.rest.dto.FundingAidView;
import fr.boussole.directory.service.Geography;

/**
 * Curators keep the aids and their eligibility rules right: rules are data, checked on write like every other
 * field. An aid a curator has written is no longer overwritten by the seed. Eligibility sees a change at once.
 * Every change a curator makes (creation, edit, import) is kept in the aid's history, field by field, with the same
 * entries as the curated use cases and partners ({@link CurationHistoryEntry}).
 */
@ApplicationScoped
@Transactional
public class FundingAidCuration {

    /** GET /aids/export is the export, not an aid. */
    private static final String RESERVED_ID = "export";

    /** The data.gouv.fr schema's column for each property of a draft an import fills. */
    private static final Map<String, String> DRAFT_COLUMNS = Map.ofEntries(Map.entry("id", "id_aide"),
            Map.entry("carriers", "porteur_aide"), Map.entry("carrierSirens", "porteur_siren"),
            Map.entry("beneficiaries", "beneficiaires_aide"), Map.entry("aidTypes", "types_aides"),
            Map.entry("recurrence", "recurrence_aide"), Map.entry("regions", "zone_geographique"),
            Map.entry("departements", "zone_geographique"), Map.entry("opensOn", "date_ouverture"),
            Map.entry("closesOn", "date_cloture"), Map.entry("sourceUrl", "url_descriptif"),
            Map.entry("procedureUrl", "url_demarche"), Map.entry("contact", "contact"));

    private final FundingAidRepository aids;
    private final FundingAidHistory history;
    private final Geography geography;
    private final Validator validator;
    private final ObjectMapper mapper;

    FundingAidCuration(FundingAidRepository aids, FundingAidHistory history, Geography geography,
            Validator validator, ObjectMapper mapper) {
        this.aids = aids;
        this.history = history;
        this.geography = geography;
        this.validator = validator;
        this.mapper = mapper;
    }

    /** Every change of the aid, newest first: who, when, the version it made and each field before and after. */
    @Transactional(TxType.SUPPORTS)
    public Page<HistoryEntryView> history(String id, PageParams paging) {
        aids.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("funding aid", id));
        return Curation.history(history, id, paging);
    }

    /**
     * The aids whose source was never checked or not for {@link AidReviews#CHECK_AGAIN_AFTER}, never checked first,
     * then the oldest check.
     */
    @Transactional(TxType.SUPPORTS)
    public Page<AidReview> reviewsDue(Language language, PageParams paging) {
        LocalDate before = AidReviews.dueIfCheckedBefore(AidReviews.today());
        String due = "checkedOn is null or checkedOn < ?1";
        Sort order = Sort.by("checkedOn", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST).and("id");
        List<AidReview> items = aids.find(due, order, before).page(paging.page, paging.size).list().stream()
                .map(aid -> new AidReview(aid.id, language == Language.FR ? aid.nameFr : aid.nameEn, aid.sourceUrl,
                        aid.checkedOn, aid.checkedOn == null ? null : AidReviews.validThrough(aid.checkedOn),
                        aid.confidence, aid.version))
                .toList();
        return Page.of(items, paging, aids.count(due, before));
    }

    public FundingAidView create(AidDraft draft, String actor, Language language) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.id() == null) {
            errors.add(new FieldError("id", "must not be blank"));
        } else if (RESERVED_ID.equals(draft.id())) {
            errors.add(new FieldError("id", "'" + RESERVED_ID + "' names the export of the aids"));
        }
        requireValid(errors, draft);
        if (aids.findByIdOptional(draft.id()).isPresent()) {
            throw ProblemException.conflict("An aid with id '" + draft.id() + "' already exists");
        }
        FundingAid aid = new FundingAid();
        aid.id = draft.id();
        write(aid, draft, actor);
        aids.persist(aid);
        aids.flush();
        record(aid, CurationAction.CREATED, actor, Curation.diff(Map.of(), snapshot(aid)));
        return FundingAidMapper.view(aid, language);
    }

    public FundingAidView replace(String id, String ifMatch, AidDraft draft, String actor, Language language) {
        FundingAid aid = aids.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("funding aid", id));
        EntityTags.requireIfMatch(ifMatch, aid.version);
        List<FieldError> errors = new ArrayList<>();
        if (draft.id() != null && !draft.id().equals(id)) {
            errors.add(new FieldError("id", "cannot change; create a new aid instead"));
        }
        requireValid(errors, draft);
        Map<String, Object> before = snapshot(aid);
        write(aid, draft, actor);
        Map<String, FieldChange> changes = Curation.diff(before, snapshot(aid));
        try {
            aids.flush();
        } catch (OptimisticLockException concurrentWrite) {
            throw Curation.concurrentChange("aid '" + id + "'");
        }
        if (!changes.isEmpty()) {
            record(aid, CurationAction.EDITED, actor, changes);
        }
        return FundingAidMapper.view(aid, language);
    }

    private static void write(FundingAid aid, AidDraft draft, String actor) {
        FundingAidMapper.apply(draft, aid);
        aid.curated = true;
        aid.updatedAt = Instant.now();
        aid.updatedBy = actor;
    }

    /**
     * Creates or updates each aid of a data.gouv.fr export, all or nothing: one invalid record and nothing is
     * stored, every problem named {@code [index].column}. A record updates the aid it describes, found by id, by
     * official page or by name and funder ({@link AidMatcher}), so that another publisher's copy of an aid does not
     * add a twin. Aids already as received are left untouched (their
     * version does not move); the others become curated, so the seed no longer overwrites them.
     */
    public AidImportReport importRecords(List<AidSchemaRecord> records, String actor) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, Integer> firstIndexOfAid = new HashMap<>();
        AidMatcher matcher = new AidMatcher(aids.listAll());
        List<AidDraft> drafts = new ArrayList<>();
        List<FundingAid> existing = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            AidSchemaRecord record = records.get(index);
            String prefix = "[" + index + "].";
            if (record == null) {
                errors.add(new FieldError("[" + index + "]", "must be an aid, not null"));
                drafts.add(null);
                existing.add(null);
                continue;
            }
            Integer duplicate = record.idAide() == null ? null : firstIndex.putIfAbsent(record.idAide(), index);
            if (duplicate != null) {
                errors.add(new FieldError(prefix + "id_aide", "repeats the id of aid [" + duplicate + "]"));
            }
            if (RESERVED_ID.equals(record.idAide())) {
                errors.add(new FieldError(prefix + "id_aide", "'" + RESERVED_ID + "' names the export of the aids"));
            }
            FundingAid current = matcher.find(record).orElse(null);
            Integer sameAid = current == null || duplicate != null ? null
                    : firstIndexOfAid.putIfAbsent(current.id, index);
            if (sameAid != null) {
                errors.add(new FieldError(prefix + "id_aide", "describes aid '" + current.id + "' as [" + sameAid
                        + "] does (same id, official page, or name and funder)"));
            }
            List<FieldError> recordErrors = new ArrayList<>();
            validator.validate(record).stream()
                    .map(violation -> new FieldError(prefix + schemaColumn(violation.getPropertyPath().toString()),
                            violation.getMessage()))
                    .forEach(recordErrors::add);
            AidDraft draft = AidSchemaMapper.draft(record, current, geography, prefix, recordErrors);
            // A value the mapping could not read is reported once, not again as the empty value it became.
            Set<String> unreadable = recordErrors.stream().map(FieldError::field).collect(Collectors.toSet());
            validator.validate(draft).stream()
                    .map(violation -> new FieldError(prefix + column(violation.getPropertyPath().toString()),
                            violation.getMessage()))
                    .filter(error -> !unreadable.contains(error.field()))
                    .forEach(recordErrors::add);
            problems(draft).stream().map(error -> new FieldError(prefix + column(error.field()), error.message()))
                    .filter(error -> !unreadable.contains(error.field()))
                    .forEach(recordErrors::add);
            recordErrors.stream().distinct().forEach(errors::add);
            drafts.add(draft);
            existing.add(current);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<FundingAid, Map<String, FieldChange>> changed = new LinkedHashMap<>();
        for (int index = 0; index < records.size(); index++) {
            FundingAid aid = existing.get(index);
            if (aid != null
                    && AidSchemaMapper.record(aid, geography).sameContentAs(records.get(index).withId(aid.id))) {
                unchanged.add(aid.id);
                continue;
            }
            Map<String, Object> before = aid == null ? Map.of() : snapshot(aid);
            if (aid == null) {
                aid = new FundingAid();
                aid.id = drafts.get(index).id();
                write(aid, drafts.get(index), actor);
                aids.persist(aid);
                created.add(aid.id);
            } else {
                write(aid, drafts.get(index), actor);
                updated.add(aid.id);
            }
            changed.put(aid, Curation.diff(before, snapshot(aid)));
        }
        aids.flush();
        // a record may differ from the aid only in what the schema words differently: no change of content, no line
        changed.entrySet().stream().filter(change -> !change.getValue().isEmpty())
                .forEach(change -> record(change.getKey(), created.contains(change.getKey().id)
                        ? CurationAction.CREATED : CurationAction.EDITED, actor, change.getValue()));
        return new AidImportReport(records.size(), created, updated, unchanged);
    }

    /** Keeps a change in the aid's history, with the version the write made (after the flush). */
    private void record(FundingAid aid, CurationAction action, String actor, Map<String, FieldChange> changes) {
        FundingAidHistoryEntry entry = new FundingAidHistoryEntry();
        entry.describe(aid.id, aid.version, action, actor, aid.updatedAt, changes);
        history.persist(entry);
    }

    /** The content as field paths and values, e.g. fr.name or rules.employees.max. */
    private Map<String, Object> snapshot(FundingAid aid) {
        return Curation.snapshot(mapper, FundingAidMapper.draft(aid), Set.of("id"));
    }

    /** The schema's column a property of a draft comes from. */
    /** The schema's column of an {@link AidSchemaRecord} component: its name in snake case (nomAide → nom_aide). */
    private static String schemaColumn(String component) {
        return component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static String column(String property) {
        String root = property.split("[.\\[]")[0];
        return switch (root) {
            case "fr", "en" -> property.contains("description") ? "description"
                    : property.contains("conditions") ? "condition_eligibilite" : "nom_aide";
            default -> DRAFT_COLUMNS.getOrDefault(root, root);
        };
    }

    private void requireValid(List<FieldError> errors, AidDraft draft) {
        errors.addAll(problems(draft));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
    }

    /** What bean validation cannot see: codes that must exist, and dates in order. */
    private List<FieldError> problems(AidDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(geography.unknownAreas(draft.regions(), draft.departements()));
        if (draft.opensOn() != null && draft.closesOn() != null && draft.opensOn().isAfter(draft.closesOn())) {
            errors.add(new FieldError("closesOn", "must not be before opensOn"));
        }
        if (draft.checkedOn() != null && draft.checkedOn().isAfter(AidReviews.today().plusDays(1))) {
            errors.add(new FieldError("checkedOn", "must not be in the future"));
        }
        for (int index = 1; index < draft.earlierTerms().size(); index++) {
            if (!draft.earlierTerms().get(index).until().isAfter(draft.earlierTerms().get(index - 1).until())) {
                errors.add(new FieldError("earlierTerms[" + index + "].until",
                        "must be after the until of the terms before, oldest first"));
            }
        }
        return errors;
    }
}
