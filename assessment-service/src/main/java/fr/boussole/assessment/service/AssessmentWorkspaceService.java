package fr.boussole.assessment.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.assessment.config.CciTerritories;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.assessment.domain.FollowUp;
import fr.boussole.assessment.repository.Assessment;
import fr.boussole.assessment.repository.AssessmentNote;
import fr.boussole.assessment.repository.AssessmentNoteRepository;
import fr.boussole.assessment.repository.AssessmentRepository;
import fr.boussole.assessment.repository.AssessmentSharing;
import fr.boussole.assessment.rest.dto.AssessmentView;
import fr.boussole.assessment.rest.dto.NoteView;
import fr.boussole.assessment.rest.dto.WorkspaceInputs;
import fr.boussole.assessment.service.webhook.WebhookEventType;
import fr.boussole.assessment.service.webhook.WebhookEvents;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/**
 * What happens around an assessment once started: the company's consent to share it with a CCI, and the CCI
 * advisors' override of the level, private notes and follow-up status.
 */
@ApplicationScoped
@Transactional
public class AssessmentWorkspaceService {

    private final AssessmentService assessments;
    private final AssessmentRepository repository;
    private final AssessmentNoteRepository notes;
    private final CciTerritories territories;
    private final WebhookEvents events;

    AssessmentWorkspaceService(AssessmentService assessments, AssessmentRepository repository, AssessmentNoteRepository notes,
            CciTerritories territories, WebhookEvents events) {
        this.assessments = assessments;
        this.repository = repository;
        this.notes = notes;
        this.territories = territories;
        this.events = events;
    }

    /** The company shares the assessment with a CCI, in place of the one it shared it with before, if any. */
    public AssessmentView share(Caller caller, UUID id, WorkspaceInputs.SharingInput input) {
        AssessmentService.Loaded loaded = companyOnly(caller, id);
        if (!territories.exists(input.cci())) {
            throw ProblemException.invalid("cci", "is no CCI of Boussole IA: one of " + territories.territories()
                    .keySet().stream().sorted().toList());
        }
        AssessmentSharing current = loaded.sharing();
        if (current != null && current.cci.equals(input.cci())) {
            return assessments.view(loaded);
        }
        Instant now = Instant.now();
        if (current != null) {
            revoke(current, caller, now);
            // one active consent per assessment: the revocation is written before the new consent
            repository.flush();
            tellUnshared(loaded.assessment(), current.cci);
        }
        AssessmentSharing sharing = new AssessmentSharing();
        sharing.assessmentId = id;
        sharing.cci = input.cci();
        sharing.grantedAt = now;
        sharing.grantedBy = caller.name();
        repository.persistSharing(sharing);
        repository.flush();
        events.publish(WebhookEventType.ASSESSMENT_SHARED, loaded.assessment(), Set.of(sharing.cci));
        return assessments.view(new AssessmentService.Loaded(loaded.assessment(), loaded.access(), sharing,
                loaded.questionnaire(), loaded.answers()));
    }

    /** The company withdraws its consent: the CCI no longer sees the assessment, unless its advisor started it. */
    public AssessmentView unshare(Caller caller, UUID id) {
        AssessmentService.Loaded loaded = companyOnly(caller, id);
        if (loaded.sharing() != null) {
            revoke(loaded.sharing(), caller, Instant.now());
            repository.flush();
            tellUnshared(loaded.assessment(), loaded.sharing().cci);
        }
        return assessments.view(new AssessmentService.Loaded(loaded.assessment(), loaded.access(), null,
                loaded.questionnaire(), loaded.answers()));
    }

    /** An advisor sets the level it judges right, with why; the computed level is kept beside it. */
    public AssessmentView override(Caller caller, UUID id, WorkspaceInputs.LevelOverrideInput input) {
        AssessmentService.Loaded loaded = advisorOnly(caller, id, true);
        Assessment assessment = loaded.assessment();
        if (assessment.status != AssessmentStatus.SUBMITTED) {
            throw ProblemException.conflict("Only a submitted assessment has a level to override");
        }
        assessment.overrideLevel = input.level();
        assessment.overrideJustification = input.justification().strip();
        assessment.overrideBy = caller.name();
        assessment.overrideAt = Instant.now();
        assessment.level = input.level();
        assessment.updatedAt = assessment.overrideAt;
        repository.flush();
        events.publish(WebhookEventType.ASSESSMENT_LEVEL_OVERRIDDEN, assessment, AssessmentService.readingCcis(loaded));
        return assessments.view(loaded);
    }

    /** Withdraws the override: the computed level counts again. */
    public AssessmentView withdrawOverride(Caller caller, UUID id) {
        AssessmentService.Loaded loaded = advisorOnly(caller, id, true);
        Assessment assessment = loaded.assessment();
        if (assessment.overrideLevel != null) {
            assessment.overrideLevel = null;
            assessment.overrideJustification = null;
            assessment.overrideBy = null;
            assessment.overrideAt = null;
            assessment.level = assessment.computedLevel;
            assessment.updatedAt = Instant.now();
            repository.flush();
            events.publish(WebhookEventType.ASSESSMENT_LEVEL_OVERRIDDEN, assessment,
                    AssessmentService.readingCcis(loaded));
        }
        return assessments.view(loaded);
    }

    /** The CCI that lost the consent, unless its own advisor started the assessment (it still reads it). */
    private void tellUnshared(Assessment assessment, String cci) {
        if (!cci.equals(assessment.ownerCci)) {
            events.publish(WebhookEventType.ASSESSMENT_UNSHARED, assessment, Set.of(cci));
        }
    }

    public NoteView addNote(Caller caller, UUID id, WorkspaceInputs.NoteInput input) {
        advisorOnly(caller, id, false);
        AssessmentNote note = new AssessmentNote();
        note.id = UUID.randomUUID();
        note.assessmentId = id;
        note.cci = caller.cci();
        note.author = caller.name();
        note.body = input.body().strip();
        note.createdAt = Instant.now();
        notes.persist(note);
        return view(note);
    }

    @Transactional(TxType.SUPPORTS)
    public List<NoteView> notes(Caller caller, UUID id) {
        advisorOnly(caller, id, false);
        return notes.of(id, caller.cci()).stream().map(AssessmentWorkspaceService::view).toList();
    }

    public FollowUp followUp(Caller caller, UUID id, WorkspaceInputs.FollowUpInput input) {
        AssessmentService.Loaded loaded = advisorOnly(caller, id, true);
        loaded.assessment().followUp = input.status();
        loaded.assessment().updatedAt = Instant.now();
        return input.status();
    }

    private AssessmentService.Loaded companyOnly(Caller caller, UUID id) {
        AssessmentService.Loaded loaded = assessments.load(caller, id, true);
        if (!loaded.access().canShare()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the company decides who its assessment is"
                    + " shared with");
        }
        return loaded;
    }

    private AssessmentService.Loaded advisorOnly(Caller caller, UUID id, boolean forUpdate) {
        AssessmentService.Loaded loaded = assessments.load(caller, id, forUpdate);
        if (!loaded.access().isCciAdvisor()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the advisors of a CCI that has the assessment"
                    + " keep notes, follow it up and override its level");
        }
        return assessments.logged(loaded, AssessmentService.Purpose.WORKSPACE);
    }

    private static void revoke(AssessmentSharing sharing, Caller caller, Instant at) {
        sharing.revokedAt = at;
        sharing.revokedBy = caller.name();
    }

    private static NoteView view(AssessmentNote note) {
        return new NoteView(note.id, note.author, note.body, note.createdAt);
    }
}
