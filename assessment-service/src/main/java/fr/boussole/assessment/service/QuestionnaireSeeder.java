package fr.boussole.assessment.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.assessment.repository.Questionnaire;
import fr.boussole.assessment.repository.QuestionnaireDimension;
import fr.boussole.assessment.repository.QuestionnaireRepository;
import fr.boussole.assessment.repository.QuestionnaireStatus;
import fr.boussole.commons.config.SeedConfig;
import fr.boussole.commons.config.SeedFiles;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the questionnaire versions of {@code seed/} at startup when they are missing. A published version is
 * never changed afterwards, even if its file is: a new wording is a new version.
 */
@ApplicationScoped
@Transactional
public class QuestionnaireSeeder {

    private static final Logger LOG = Logger.getLogger(QuestionnaireSeeder.class);
    static final List<String> SEED_FILES = List.of("seed/questionnaire-v1.json");

    record SeedText(String name, String description) {
    }

    record SeedDimension(String code, int position, SeedText fr, SeedText en) {
    }

    record SeedQuestionnaire(int version, List<SeedDimension> dimensions) {
    }

    private final QuestionnaireRepository questionnaires;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final SeedConfig config;

    QuestionnaireSeeder(QuestionnaireRepository questionnaires, EntityManager entityManager, ObjectMapper mapper,
            SeedConfig config) {
        this.questionnaires = questionnaires;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            seed();
        }
    }

    void seed() {
        // Replicas starting together queue here instead of racing to insert the same version.
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('questionnaire-seed'))")
                .getSingleResult();
        for (String file : SEED_FILES) {
            SeedQuestionnaire seed = SeedFiles.read(mapper, file, new TypeReference<SeedQuestionnaire>() {
            });
            if (questionnaires.findByIdOptional(seed.version()).isPresent()) {
                continue;
            }
            Questionnaire questionnaire = new Questionnaire();
            questionnaire.version = seed.version();
            questionnaire.status = QuestionnaireStatus.PUBLISHED;
            questionnaire.createdAt = Instant.now();
            questionnaire.publishedAt = questionnaire.createdAt;
            for (SeedDimension seeded : seed.dimensions()) {
                QuestionnaireDimension dimension = new QuestionnaireDimension();
                dimension.questionnaire = questionnaire;
                dimension.code = seeded.code();
                dimension.position = seeded.position();
                dimension.nameFr = seeded.fr().name();
                dimension.descriptionFr = seeded.fr().description();
                dimension.nameEn = seeded.en().name();
                dimension.descriptionEn = seeded.en().description();
                questionnaire.dimensions.add(dimension);
            }
            questionnaires.persist(questionnaire);
            LOG.infof("Published questionnaire version %d from %s", seed.version(), file);
        }
    }
}
