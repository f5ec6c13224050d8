package fr.boussole.assessment.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.boussole.assessment.config.CciTerritories;
import fr.boussole.assessment.domain.AssessmentFilters;
import fr.boussole.assessment.domain.AssessmentOrigin;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.assessment.mapping.AssessmentMapper;
import fr.boussole.assessment.repository.Assessment;
import fr.boussole.assessment.repository.AssessmentRepository;
import fr.boussole.assessment.repository.AssessmentSharing;
import fr.boussole.assessment.repository.PersonalDataAccess;
import fr.boussole.assessment.rest.dto.AssessmentComparison;
import fr.boussole.assessment.rest.dto.AssessmentSummary;
import fr.boussole.assessment.rest.dto.AssessmentView;
import fr.boussole.assessment.rest.dto.NewAssessmentInput;
import fr.boussole.assessment.rest.dto.ReadinessView;
import fr.boussole.assessment.scoring.Answer;
import fr.boussole.assessment.scoring.AnswerReader;
import fr.boussole.assessment.scoring.Question;
import fr.boussole.assessment.scoring.QuestionnaireDefinition;
import fr.boussole.assessment.scoring.Readiness;
import fr.boussole.assessment.scoring.ReadinessScoring;
import fr.boussole.assessment.service.privacy.PrivacyService;
import fr.boussole.assessment.service.questionnaire.QuestionnaireService;
import fr.boussole.assessment.service.webhook.WebhookEventType;
import fr.boussole.assessment.service.webhook.WebhookEvents;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.security.Roles;

/**
 * The life of an assessment: started, answered a little at a time, submitted and scored once, then read, compared
 * and shared. Every operation checks {@link AssessmentAccess} on the assessment itself; one the caller may not read
 * is answered as not found, so its existence is not revealed.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    /** The profile questions copied to columns, for the advisors' filters. */
    static final String SECTOR = "sector";
    static final String REGION = "region";
    static final String DEPARTEMENT = "departement";

    private final AssessmentRepository assessments;
    private final QuestionnaireService questionnaires;
    private final CciTerritories territories;
    private final WebhookEvents events;
    private final PrivacyService privacy;

    AssessmentService(AssessmentRepository assessments, QuestionnaireService questionnaires,
            CciTerritories territories, WebhookEvents events, PrivacyService privacy) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.territories = territories;
        this.events = events;
        this.privacy = privacy;
    }

    /**
     * What a caller reads of an assessment: the line it leaves in the company's access log when the caller is not
     * the company (an advisor, a CRM, an admin), see {@link #read}.
     */
    public enum Purpose {
        ASSESSMENT("the assessment and its answers"),
        READINESS("the explained readiness"),
        COMPARISON("a comparison with another assessment"),
        RECOMMENDATIONS("the recommendations"),
        REPORT("the report"),
        ANSWERING("answering during an interview"),
        SUBMISSION("its submission"),
        WORKSPACE("the advisors' workspace");

        private final String detail;

        Purpose(String detail) {
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    /** An assessment, the caller's access to it, and its answers read with its questionnaire version. */
    public record Loaded(Assessment assessment, AssessmentAccess access, AssessmentSharing sharing,
            QuestionnaireDefinition questionnaire, Map<String, Answer> answers) {
    }

    static Set<String> readingCcis(Loaded loaded) {
        return WebhookEvents.readingCcis(loaded.assessment(), loaded.sharing() == null ? null : loaded.sharing().cci);
    }

    public AssessmentView start(Caller caller, NewAssessmentInput input) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.status = AssessmentStatus.DRAFT;
        assessment.companyName = blankToNull(input.companyName());
        assessment.createdBy = caller.name();
        assessment.createdAt = Instant.now();
        assessment.updatedAt = assessment.createdAt;
        QuestionnaireDefinition questionnaire = questionnaires.current().definition();
        assessment.questionnaireVersion = questionnaire.version();
        String resumeToken = null;
        if (!caller.isSignedIn()) {
            assessment.origin = AssessmentOrigin.ANONYMOUS;
            assessment.siren = input.siren();
            resumeToken = ResumeTokens.generate();
            assessment.resumeTokenHash = ResumeTokens.hash(resumeToken);
        } else if (caller.is(Roles.SME)) {
            if (caller.siren() == null) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Your account names no company (no siren claim)");
            }
            if (input.siren() != null && !input.siren().equals(caller.siren())) {
                throw ProblemException.invalid("siren", "is not your company's: leave it out or send "
                        + caller.siren());
            }
            assessment.origin = AssessmentOrigin.SME;
            assessment.siren = caller.siren();
        } else if (caller.is(Roles.ADVISOR)) {
            startForCompanyOfCci(caller, input, assessment);
        } else {
            throw new ProblemException(ProblemType.FORBIDDEN, "Assessments are started by companies, anonymous or"
                    + " signed in, and by CCI advisors");
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (input.departement() != null) {
            Question departement = questionnaire.question(DEPARTEMENT);
            if (departement != null) {
                answers.put(DEPARTEMENT, read(departement, JsonNodeFactory.instance.textNode(input.departement()),
                        new ArrayList<>()));
            }
        }
        store(assessment, answers);
        assessments.persist(assessment);
        return AssessmentMapper.view(assessment, null, questionnaire, answers, resumeToken);
    }

    private void startForCompanyOfCci(Caller caller, NewAssessmentInput input, Assessment assessment) {
        List<FieldError> errors = new ArrayList<>();
        if (input.siren() == null) {
            errors.add(new FieldError("siren", "is required: the company the assessment is for"));
        }
        if (input.departement() == null) {
            errors.add(new FieldError("departement", "is required: it must be in your CCI's territory"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, errors.size() + " field(s) missing", errors);
        }
        if (!territories.serves(caller.cci(), input.departement())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Département " + input.departement()
                    + " is not in the territory of " + caller.cci() + ": the company's own CCI starts its assessment");
        }
        assessment.origin = AssessmentOrigin.ADVISOR;
        assessment.siren = input.siren();
        assessment.ownerCci = caller.cci();
    }

    public AssessmentView get(Caller caller, UUID id) {
        return view(read(caller, id, false, Purpose.ASSESSMENT));
    }

    /**
     * Merges answers into a draft: a value sets an answer, null removes it. Every value is checked against its
     * question, and a question is answered only while asked; answers whose question is no longer asked (the
     * condition changed) are dropped. On any error nothing is stored.
     */
    public AssessmentView answer(Caller caller, UUID id, String ifMatch, ObjectNode changes) {
        Loaded loaded = loadForAnswering(caller, id, ifMatch, Purpose.ANSWERING);
        QuestionnaireDefinition questionnaire = loaded.questionnaire();
        Map<String, Answer> answers = new LinkedHashMap<>(loaded.answers());
        List<FieldError> errors = new ArrayList<>();
        changes.fields().forEachRemaining(change -> {
            String field = "answers." + change.getKey();
            Question question = questionnaire.question(change.getKey());
            if (question == null) {
                errors.add(new FieldError(field, "is no question of questionnaire version "
                        + questionnaire.version()));
            } else if (change.getValue().isNull()) {
                answers.remove(question.code());
            } else {
                Answer answer = read(question, change.getValue(), errors);
                if (answer != null) {
                    answers.put(question.code(), answer);
                }
            }
        });
        for (Question question : questionnaire.questions()) {
            if (answers.containsKey(question.code()) && !questionnaire.isAsked(question, answers)) {
                if (changes.has(question.code()) && !changes.get(question.code()).isNull()) {
                    errors.add(new FieldError("answers." + question.code(), "is not asked: it depends on the"
                            + " answer to " + question.condition().question()));
                }
                answers.remove(question.code());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, errors.size() + " answer(s) are invalid;"
                    + " nothing was saved", errors);
        }
        if (answers.equals(loaded.answers())) {
            return view(loaded); // nothing changes: no new version
        }
        store(loaded.assessment(), answers);
        loaded.assessment().updatedAt = Instant.now();
        assessments.flush();
        return view(new Loaded(loaded.assessment(), loaded.access(), loaded.sharing(), questionnaire, answers));
    }

    /** Removes one answer: the same change as a null for it in {@link #answer}. */
    public AssessmentView removeAnswer(Caller caller, UUID id, String ifMatch, String question) {
        return answer(caller, id, ifMatch, JsonNodeFactory.instance.objectNode().putNull(question));
    }

    /** Scores the draft once and for all; it cannot change afterwards. */
    public AssessmentView submit(Caller caller, UUID id, String ifMatch) {
        Loaded loaded = loadForAnswering(caller, id, ifMatch, Purpose.SUBMISSION);
        List<Question> missing = loaded.questionnaire().missingRequired(loaded.answers());
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, missing.size() + " required question(s) are"
                    + " unanswered; the assessment stays a draft", missing.stream()
                            .map(question -> new FieldError("answers." + question.code(), "is required"))
                            .toList());
        }
        Readiness readiness = ReadinessScoring.score(loaded.questionnaire(), loaded.answers());
        Assessment assessment = loaded.assessment();
        assessment.readiness = readiness;
        assessment.score = readiness.score();
        assessment.computedLevel = readiness.level();
        assessment.level = readiness.level();
        assessment.status = AssessmentStatus.SUBMITTED;
        assessment.submittedAt = Instant.now();
        assessment.updatedAt = assessment.submittedAt;
        assessments.flush();
        events.publish(WebhookEventType.ASSESSMENT_SUBMITTED, assessment, readingCcis(loaded));
        return view(loaded);
    }

    /** The submitted readiness explained, or for a draft the provisional one of its answers so far. */
    public ReadinessView readiness(Caller caller, UUID id, Language language) {
        return readiness(read(caller, id, false, Purpose.READINESS), language);
    }

    /** The readiness of an assessment already read. */
    @Transactional(TxType.SUPPORTS)
    public ReadinessView readiness(Loaded loaded, Language language) {
        Assessment assessment = loaded.assessment();
        boolean provisional = assessment.status == AssessmentStatus.DRAFT;
        Readiness readiness = provisional ? ReadinessScoring.score(loaded.questionnaire(), loaded.answers())
                : assessment.readiness;
        return AssessmentMapper.readiness(assessment, readiness, provisional, loaded.questionnaire(),
                questionnaires.version(assessment.questionnaireVersion).view(language), loaded.answers(), language);
    }

    public AssessmentComparison compare(Caller caller, UUID id, UUID otherId, Language language) {
        Assessment one = read(caller, id, false, Purpose.COMPARISON).assessment();
        Assessment other = read(caller, otherId, false, Purpose.COMPARISON).assessment();
        if (one.status != AssessmentStatus.SUBMITTED || other.status != AssessmentStatus.SUBMITTED) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Only submitted assessments can be compared");
        }
        if (one.siren == null || !one.siren.equals(other.siren) || one.id.equals(other.id)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Compare two different assessments of the same"
                    + " company (same SIREN)");
        }
        Assessment before = one.submittedAt.isAfter(other.submittedAt) ? other : one;
        Assessment after = before == one ? other : one;
        return AssessmentMapper.comparison(before, after,
                questionnaires.version(before.questionnaireVersion).view(language),
                questionnaires.version(after.questionnaireVersion).view(language),
                questionnaires.version(after.questionnaireVersion).definition(), language);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<AssessmentSummary> list(Caller caller, AssessmentFilters filters, PageParams paging) {
        AssessmentRepository.Scope scope;
        if (caller.isAdmin()) {
            scope = AssessmentRepository.Scope.ALL;
        } else if (caller.is(Roles.SME) && caller.siren() != null) {
            scope = new AssessmentRepository.Scope(caller.siren(), null);
        } else if ((caller.is(Roles.ADVISOR) || caller.is(Roles.CRM)) && caller.cci() != null) {
            scope = new AssessmentRepository.Scope(null, caller.cci());
        } else {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your account names neither a company nor a CCI");
        }
        List<Assessment> found = assessments.list(scope, filters, paging.offset(), paging.size);
        Map<UUID, AssessmentSharing> sharings = assessments.activeSharings(AssessmentMapper.ids(found));
        boolean staff = !caller.is(Roles.SME);
        if (staff) {
            privacy.logReads(caller, found, "listed among the assessments");
        }
        return Page.of(found.stream()
                .map(assessment -> AssessmentMapper.summary(assessment, sharings.get(assessment.id), staff))
                .toList(), paging, assessments.count(scope, filters));
    }

    /**
     * Loads an assessment the caller may read, as {@link #load}, for an operation that gives its data to the caller:
     * unless the caller is the company itself, the company's access log records who read it, when and what for. The
     * one place where reads of single assessments are logged.
     */
    public Loaded read(Caller caller, UUID id, boolean forUpdate, Purpose purpose) {
        return logged(load(caller, id, forUpdate), purpose);
    }

    /** Writes the access-log line of a read by anyone but the company ({@link #read}). */
    Loaded logged(Loaded loaded, Purpose purpose) {
        if (!loaded.access().isCompany()) {
            privacy.log(loaded.access().caller(), PersonalDataAccess.Action.READ, loaded.assessment().siren,
                    loaded.assessment().id, purpose.detail());
        }
        return loaded;
    }

    /** Loads an assessment the caller may read, locked when it is to be written; logs nothing ({@link #read}). */
    Loaded load(Caller caller, UUID id, boolean forUpdate) {
        Optional<Assessment> found = forUpdate ? assessments.lock(id) : assessments.findByIdOptional(id);
        Assessment assessment = found.orElseThrow(() -> ProblemException.notFound("assessment", id));
        AssessmentSharing sharing = assessments.activeSharing(id).orElse(null);
        AssessmentAccess access = new AssessmentAccess(caller, assessment, sharing == null ? null : sharing.cci);
        if (!access.canRead()) {
            throw ProblemException.notFound("assessment", id);
        }
        QuestionnaireDefinition questionnaire = questionnaires.version(assessment.questionnaireVersion).definition();
        return new Loaded(assessment, access, sharing, questionnaire, answers(assessment.answers, questionnaire));
    }

    /** Loads a draft the caller may answer, locked, checking If-Match when sent. */
    private Loaded loadForAnswering(Caller caller, UUID id, String ifMatch, Purpose purpose) {
        Loaded loaded = load(caller, id, true);
        if (!loaded.access().canAnswer()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the company, or an advisor of a CCI it works"
                    + " with, answers an assessment");
        }
        if (loaded.assessment().status != AssessmentStatus.DRAFT) {
            throw ProblemException.conflict("The assessment was submitted and cannot change any more; start a new"
                    + " one to measure progress");
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            EntityTags.requireIfMatch(ifMatch, loaded.assessment().version);
        }
        return logged(loaded, purpose);
    }

    public AssessmentView view(Loaded loaded) {
        return AssessmentMapper.view(loaded.assessment(), loaded.sharing(), loaded.questionnaire(), loaded.answers(),
                null);
    }

    /** Stored answers, read with their questionnaire version; they were checked when saved. */
    public static Map<String, Answer> answers(Map<String, JsonNode> stored, QuestionnaireDefinition questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<FieldError> unreadable = new ArrayList<>();
        stored.forEach((code, value) -> {
            Question question = questionnaire.question(code);
            Answer answer = question == null ? null : read(question, value, unreadable);
            if (answer != null) {
                answers.put(code, answer);
            }
        });
        if (!unreadable.isEmpty()) {
            throw new IllegalStateException("Stored answers that questionnaire version " + questionnaire.version()
                    + " does not accept: " + unreadable);
        }
        return answers;
    }

    private static Answer read(Question question, JsonNode value, List<FieldError> errors) {
        try {
            return AnswerReader.read(question, value);
        } catch (AnswerReader.InvalidAnswer invalid) {
            errors.add(new FieldError("answers." + question.code(), invalid.getMessage()));
            return null;
        }
    }

    private static void store(Assessment assessment, Map<String, Answer> answers) {
        Map<String, JsonNode> json = new LinkedHashMap<>();
        answers.forEach((code, answer) -> json.put(code, AnswerReader.write(answer)));
        assessment.answers = json;
        assessment.sector = firstCode(answers.get(SECTOR));
        assessment.region = firstCode(answers.get(REGION));
    }

    private static String firstCode(Answer answer) {
        return answer == null || answer.codes().isEmpty() ? null : answer.codes().get(0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
