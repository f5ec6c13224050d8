package fr.boussole.assessment.service.privacy;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.assessment.rest.dto.AccessLogEntry;
import fr.boussole.assessment.config.PrivacySettings;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.repository.Assessment;
import fr.boussole.assessment.repository.AssessmentNote;
import fr.boussole.assessment.repository.AssessmentSharing;
import fr.boussole.assessment.repository.PersonalDataAccess;
import fr.boussole.assessment.scoring.QuestionType;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.assessment.service.questionnaire.QuestionnaireService;
import fr.boussole.assessment.service.webhook.WebhookEventType;
import fr.boussole.assessment.service.webhook.WebhookEvents;
import fr.boussole.commons.idempotency.StoredAnswers;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.privacy.PersonReferences.Column;
import fr.boussole.commons.privacy.PersonReferences;
import fr.boussole.commons.security.DataSubjectRights;
import fr.boussole.commons.security.Roles;

/**
 * The GDPR rights on what assessment-service holds about a company: access (everything, as data), erasure
 * (assessments anonymised: statistics kept; identities and free text, the text answers no pattern constrains,
 * removed; advisors' notes deleted; CRMs told with {@code assessment.erased}), the retention limits, and the log
 * of who read, exported or erased it. An admin acts for any company; a company user for its own (token claim siren).
 * <p>
 * And on what it holds that names a person (by username): assessments they started, levels they overrode, consents
 * they granted or revoked, notes they wrote, webhooks they subscribed, personal data they read and requests about
 * them. Erasure puts {@code [erased]} in their name's place. An admin acts for anyone; a person for themselves.
 */
@ApplicationScoped
@Transactional
public class PrivacyService {

    /** What an erasure did here. */
    public record Erasure(int assessmentsAnonymised, int notesDeleted) {
    }

    /** What a retention run did. */
    public record Retention(int draftsDeleted, int submittedAnonymised) {
    }

    static final String ERASED = PersonReferences.ERASED;

    private final EntityManager entities;
    private final QuestionnaireService questionnaires;
    private final WebhookEvents events;
    private final PrivacySettings settings;
    private final DataSource dataSource;
    private final PersonReferences people;

    PrivacyService(EntityManager entities, QuestionnaireService questionnaires, WebhookEvents events,
            PrivacySettings settings, DataSource dataSource) {
        this.entities = entities;
        this.questionnaires = questionnaires;
        this.events = events;
        this.settings = settings;
        this.dataSource = dataSource;
        this.people = new PersonReferences(dataSource, List.of(
                Column.naming("assessment", "created_by", "id, siren, status, created_at AS \"createdAt\""),
                Column.naming("assessment", "override_by", "id, siren, override_level AS level,"
                        + " override_justification AS justification, override_at AS at"),
                Column.naming("assessment_sharing", "granted_by", "assessment_id AS \"assessmentId\", cci,"
                        + " granted_at AS \"grantedAt\""),
                Column.naming("assessment_sharing", "revoked_by", "assessment_id AS \"assessmentId\", cci,"
                        + " revoked_at AS \"revokedAt\""),
                Column.naming("assessment_note", "author", "id, assessment_id AS \"assessmentId\", cci, body,"
                        + " created_at AS \"createdAt\""),
                Column.naming("webhook_subscription", "created_by", "id, cci, url, created_at AS \"createdAt\""),
                Column.naming("personal_data_access", "actor", "at, action, siren, person,"
                        + " assessment_id AS \"assessmentId\", detail"),
                Column.naming("personal_data_access", "person", "at, actor, actor_role AS \"actorRole\","
                        + " actor_cci AS \"actorCci\", action, detail")));
    }

    public static void checkMayActFor(Caller caller, String siren) {
        DataSubjectRights.checkMayActFor(caller.isAdmin(), caller.is(Roles.SME) ? caller.siren() : null, siren);
    }

    /** Everything held here about the company, as data; the request is logged. */
    public Map<String, Object> companyData(Caller caller, String siren) {
        checkMayActFor(caller, siren);
        log(caller, PersonalDataAccess.Action.EXPORT, siren, null, "access and portability export");
        List<Map<String, Object>> assessments = new ArrayList<>();
        for (Assessment assessment : assessmentsOf(siren)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", assessment.id);
            item.put("status", assessment.status);
            item.put("origin", assessment.origin);
            item.put("companyName", assessment.companyName);
            item.put("startedBy", assessment.createdBy);
            item.put("startedByCci", assessment.ownerCci);
            item.put("questionnaireVersion", assessment.questionnaireVersion);
            item.put("answers", assessment.answers);
            item.put("score", assessment.score);
            item.put("level", assessment.level);
            item.put("computedLevel", assessment.computedLevel);
            item.put("levelOverride", assessment.overrideLevel == null ? null : Map.of("level",
                    assessment.overrideLevel, "justification", assessment.overrideJustification, "by",
                    assessment.overrideBy, "at", assessment.overrideAt));
            item.put("followUp", assessment.followUp);
            item.put("createdAt", assessment.createdAt);
            item.put("updatedAt", assessment.updatedAt);
            item.put("submittedAt", assessment.submittedAt);
            item.put("sharing", sharingOf(assessment.id).stream().map(sharing -> {
                Map<String, Object> consent = new LinkedHashMap<>();
                consent.put("cci", sharing.cci);
                consent.put("grantedAt", sharing.grantedAt);
                consent.put("grantedBy", sharing.grantedBy);
                consent.put("revokedAt", sharing.revokedAt);
                consent.put("revokedBy", sharing.revokedBy);
                return consent;
            }).toList());
            item.put("advisorNotes", notesOf(assessment.id).stream().map(note -> Map.of("cci", note.cci,
                    "author", note.author, "body", note.body, "createdAt", note.createdAt)).toList());
            assessments.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assessments", assessments);
        data.put("accessLog", accessLogOf("siren", siren, new PageParams(0, PageParams.MAX_SIZE)).items());
        return data;
    }

    /** Everything here that names the person, as data; the request is logged (and is in it). */
    public Map<String, Object> personData(Caller caller, String person) {
        DataSubjectRights.checkMayActForPerson(caller.isAdmin(), caller.name(), person);
        entities.persist(personLine(caller, PersonalDataAccess.Action.EXPORT, person,
                "access and portability export"));
        entities.flush();
        return people.access(caller.isAdmin(), caller.name(), person);
    }

    /**
     * Takes the person's name off everything here, the access log included; the erasure itself is logged without
     * it (it would name them again).
     */
    public Map<String, Object> erasePerson(Caller caller, String person) {
        Map<String, Object> report = people.erasure(caller.isAdmin(), caller.name(), person);
        PersonalDataAccess line = personLine(caller, PersonalDataAccess.Action.ERASE, ERASED, "a person's erasure");
        if (person.equals(line.actor)) {
            line.actor = ERASED;
        }
        entities.persist(line);
        return report;
    }

    /** Anonymises every assessment of the company; CRMs that could read one are told to erase their copy. */
    public Erasure eraseCompany(Caller caller, String siren) {
        checkMayActFor(caller, siren);
        Instant now = Instant.now();
        int notes = 0;
        List<Assessment> assessments = assessmentsOf(siren);
        for (Assessment assessment : assessments) {
            notes += anonymise(assessment, now);
        }
        log(caller, PersonalDataAccess.Action.ERASE, siren, null, assessments.size() + " assessment(s) anonymised");
        StoredAnswers.forgetMentionsOf(dataSource, siren);
        return new Erasure(assessments.size(), notes);
    }

    /** Deletes drafts left untouched too long and anonymises submissions past their retention. */
    public Retention applyRetention(Instant now) {
        List<UUID> staleDrafts = entities.createQuery("select a.id from Assessment a where a.status = ?1"
                + " and a.updatedAt < ?2", UUID.class)
                .setParameter(1, AssessmentStatus.DRAFT)
                .setParameter(2, now.minus(settings.draftRetention())).getResultList();
        if (!staleDrafts.isEmpty()) {
            staleDrafts.forEach(this::scrubEvents);
            entities.createQuery("delete from Assessment a where a.id in ?1").setParameter(1, staleDrafts)
                    .executeUpdate();
        }
        List<Assessment> old = entities.createQuery("from Assessment a where a.status = ?1 and a.erasedAt is null"
                + " and a.submittedAt < ?2", Assessment.class)
                .setParameter(1, AssessmentStatus.SUBMITTED)
                .setParameter(2, now.minus(settings.submittedRetention())).getResultList();
        old.forEach(assessment -> anonymise(assessment, now));
        if (!staleDrafts.isEmpty() || !old.isEmpty()) {
            PersonalDataAccess line = line("retention", null, null, PersonalDataAccess.Action.RETENTION, null, null,
                    staleDrafts.size() + " draft(s) deleted, " + old.size() + " submitted assessment(s) anonymised");
            entities.persist(line);
        }
        return new Retention(staleDrafts.size(), old.size());
    }

    /** Who read, exported or erased the company's data: the company itself or an admin may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccessLogEntry> accessLog(Caller caller, String siren, PageParams paging) {
        checkMayActFor(caller, siren);
        return accessLogOf("siren", siren, paging);
    }

    /** Who read, exported or erased the person's data: the person or an admin may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccessLogEntry> personAccessLog(Caller caller, String person, PageParams paging) {
        DataSubjectRights.checkMayActForPerson(caller.isAdmin(), caller.name(), person);
        return accessLogOf("person", person, paging);
    }

    /** One READ line per assessment of this list, in the caller's transaction, sent to the database in one batch. */
    public void logReads(Caller caller, List<Assessment> read, String detail) {
        if (read.isEmpty()) {
            return;
        }
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(PersonalDataAccess.INSERT_INTO
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Assessment assessment : read) {
                    insert.setTimestamp(1, now);
                    insert.setString(2, caller.name());
                    insert.setString(3, caller.role());
                    insert.setString(4, caller.cci());
                    insert.setString(5, PersonalDataAccess.Action.READ.name());
                    insert.setString(6, assessment.siren);
                    insert.setObject(7, assessment.id);
                    insert.setString(8, detail);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Writes an access-log line, in the caller's transaction. */
    public void log(Caller caller, PersonalDataAccess.Action action, String siren, UUID assessment, String detail) {
        entities.persist(line(caller.name() == null ? "anonymous" : caller.name(), caller.role(), caller.cci(), action,
                siren, assessment, detail));
    }

    /** @param subjectField {@code siren} or {@code person} */
    private Page<AccessLogEntry> accessLogOf(String subjectField, String subject, PageParams paging) {
        long total = entities.createQuery("select count(*) from PersonalDataAccess where " + subjectField + " = ?1",
                Long.class).setParameter(1, subject).getSingleResult();
        List<AccessLogEntry> items = entities.createQuery("from PersonalDataAccess where " + subjectField
                + " = ?1 order by at desc, id desc", PersonalDataAccess.class).setParameter(1, subject)
                .setFirstResult(paging.offset()).setMaxResults(paging.size).getResultStream()
                .map(line -> new AccessLogEntry(line.at, line.actor, line.actorRole, line.actorCci, line.action.name(),
                        line.siren, line.person, line.assessmentId, line.detail))
                .toList();
        return Page.of(items, paging, total);
    }

    /** Returns how many advisors' notes went with it. */
    private int anonymise(Assessment assessment, Instant now) {
        List<AssessmentSharing> sharing = sharingOf(assessment.id);
        String sharedWith = sharing.stream().filter(consent -> consent.revokedAt == null).map(consent -> consent.cci)
                .findFirst().orElse(null);
        events.publish(WebhookEventType.ASSESSMENT_ERASED, assessment,
                WebhookEvents.readingCcis(assessment, sharedWith));
        Set<String> freeText = questionnaires.version(assessment.questionnaireVersion).definition().questions()
                .stream().filter(question -> question.type() == QuestionType.TEXT && question.pattern() == null)
                .map(question -> question.code())
                .collect(Collectors.toSet());
        Map<String, JsonNode> kept = new LinkedHashMap<>(assessment.answers);
        kept.keySet().removeAll(freeText);
        assessment.answers = kept;
        assessment.siren = null;
        assessment.companyName = null;
        assessment.createdBy = null;
        assessment.overrideBy = null;
        if (assessment.overrideJustification != null) {
            assessment.overrideJustification = ERASED;
        }
        assessment.erasedAt = now;
        sharing.forEach(consent -> {
            consent.grantedBy = ERASED;
            consent.revokedBy = consent.revokedBy == null ? null : ERASED;
        });
        int notes = entities.createQuery("delete from AssessmentNote where assessmentId = ?1")
                .setParameter(1, assessment.id).executeUpdate();
        scrubEvents(assessment.id);
        return notes;
    }

    /** The outbox keeps the bodies of earlier events: they lose the company too. */
    private void scrubEvents(UUID assessment) {
        entities.createNativeQuery("UPDATE webhook_event SET payload = payload #- '{data,siren}'"
                + " #- '{data,companyName}' WHERE payload->'data'->>'assessmentId' = ?1")
                .setParameter(1, assessment.toString()).executeUpdate();
    }

    private List<Assessment> assessmentsOf(String siren) {
        return entities.createQuery("from Assessment where siren = ?1 order by createdAt", Assessment.class)
                .setParameter(1, siren).getResultList();
    }

    private List<AssessmentSharing> sharingOf(UUID assessment) {
        return entities.createQuery("from AssessmentSharing where assessmentId = ?1 order by grantedAt",
                AssessmentSharing.class).setParameter(1, assessment).getResultList();
    }

    private List<AssessmentNote> notesOf(UUID assessment) {
        return entities.createQuery("from AssessmentNote where assessmentId = ?1 order by createdAt",
                AssessmentNote.class).setParameter(1, assessment).getResultList();
    }

    private static PersonalDataAccess personLine(Caller caller, PersonalDataAccess.Action action, String person,
            String detail) {
        PersonalDataAccess line = line(caller.name(), caller.role(), caller.cci(), action, null, null, detail);
        line.person = person;
        return line;
    }

    private static PersonalDataAccess line(String actor, String role, String cci, PersonalDataAccess.Action action,
            String siren, UUID assessment, String detail) {
        PersonalDataAccess line = new PersonalDataAccess();
        line.at = Instant.now();
        line.actor = actor;
        line.actorRole = role;
        line.actorCci = cci;
        line.action = action;
        line.siren = siren;
        line.assessmentId = assessment;
        line.detail = detail;
        return line;
    }
}
