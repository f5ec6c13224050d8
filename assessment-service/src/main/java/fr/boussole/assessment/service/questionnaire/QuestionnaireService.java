package fr.boussole.assessment.service.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import fr.boussole.assessment.domain.QuestionnaireStatus;
import fr.boussole.assessment.mapping.QuestionnaireMapper;
import fr.boussole.assessment.repository.Questionnaire;
import fr.boussole.assessment.repository.QuestionnaireRepository;
import fr.boussole.assessment.rest.dto.QuestionnaireInput;
import fr.boussole.assessment.rest.dto.QuestionnaireVersionView;
import fr.boussole.assessment.rest.dto.QuestionnaireView;
import fr.boussole.assessment.scoring.QuestionnaireDefinition;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/**
 * The questionnaire versions. A published version never changes, so each is read from the database once and kept
 * in memory: its scoring definition and its views in both languages.
 */
@ApplicationScoped
@Transactional
public class QuestionnaireService {

    private static final Logger LOG = Logger.getLogger(QuestionnaireService.class);

    /** A published version, ready to score with and to show. */
    public record Published(QuestionnaireDefinition definition, QuestionnaireView french, QuestionnaireView english) {
        public QuestionnaireView view(Language language) {
            return language == Language.EN ? english : french;
        }
    }

    private final QuestionnaireRepository questionnaires;
    private final EntityManager entityManager;
    private final Map<Integer, Published> published = new ConcurrentHashMap<>();

    QuestionnaireService(QuestionnaireRepository questionnaires, EntityManager entityManager) {
        this.questionnaires = questionnaires;
        this.entityManager = entityManager;
    }

    /** In a transaction: the first read of a version loads it. */
    public QuestionnaireView current(Language language) {
        return current().view(language);
    }

    /** The published version with the highest number: the one new assessments answer. */
    public Published current() {
        int version = questionnaires.currentVersion().orElseThrow(
                () -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "No questionnaire is published yet"));
        return version(version);
    }

    /** A published version (or one that was, since retired): assessments keep the version they were answered on. */
    public Published version(int version) {
        return published.computeIfAbsent(version, this::load);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<QuestionnaireVersionView> versions(PageParams paging) {
        return Page.of(questionnaires.listVersions(paging.offset(), paging.size).stream()
                .map(QuestionnaireMapper::version).toList(), paging, questionnaires.count());
    }

    /**
     * Publishes a new version, numbered after the highest one, if it is sound ({@link QuestionnaireDefinition#problems});
     * new assessments answer it from then on, those made before keep theirs.
     */
    public QuestionnaireView publish(QuestionnaireInput input, Language language) {
        lockVersions();
        Questionnaire questionnaire = build(questionnaires.highestVersion() + 1, input);
        questionnaires.persist(questionnaire);
        LOG.infof("Published questionnaire version %d", questionnaire.version);
        return QuestionnaireMapper.view(questionnaire, language);
    }

    /** Publishes the version as given unless it exists: for the seed, which never rewrites a published version. */
    public boolean publishIfMissing(int version, QuestionnaireInput input) {
        lockVersions();
        if (questionnaires.findByIdOptional(version).isPresent()) {
            return false;
        }
        questionnaires.persist(build(version, input));
        return true;
    }

    /** Writers of versions (replicas seeding together, admins publishing) queue here instead of racing. */
    private void lockVersions() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('questionnaire-versions'))")
                .getSingleResult();
    }

    private static Questionnaire build(int version, QuestionnaireInput input) {
        Questionnaire questionnaire = QuestionnaireMapper.entity(version, input);
        List<String> problems = QuestionnaireMapper.definition(questionnaire).problems();
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, problems.size()
                    + " problem(s) in the questionnaire; nothing was published",
                    problems.stream().map(problem -> new FieldError("questions", problem)).toList());
        }
        questionnaire.status = QuestionnaireStatus.PUBLISHED;
        questionnaire.createdAt = Instant.now();
        questionnaire.publishedAt = questionnaire.createdAt;
        return questionnaire;
    }

    private Published load(int version) {
        Questionnaire questionnaire = questionnaires.findWhole(version)
                .filter(found -> found.status != QuestionnaireStatus.DRAFT)
                .orElseThrow(() -> ProblemException.notFound("published questionnaire version", version));
        return new Published(QuestionnaireMapper.definition(questionnaire),
                QuestionnaireMapper.view(questionnaire, Language.FR),
                QuestionnaireMapper.view(questionnaire, Language.EN));
    }
}
