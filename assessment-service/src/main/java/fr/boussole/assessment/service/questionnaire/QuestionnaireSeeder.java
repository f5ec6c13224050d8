package fr.boussole.assessment.service.questionnaire;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.assessment.rest.dto.QuestionnaireInput;
import fr.boussole.commons.config.SeedConfig;
import fr.boussole.commons.config.SeedFiles;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the questionnaire versions of {@code seed/} at startup when they are missing. A published version is
 * never changed afterwards, even if its file is: a new wording is a new version. (Version 1, the dimensions without
 * questions, was retired by migration V2; its file is gone.) Version 3 asks first whether the GDPR makes a DPO
 * mandatory (Art. 37) and scores the DPO only then; assessments made on version 2 keep its scoring.
 */
@ApplicationScoped
public class QuestionnaireSeeder {

    private static final Logger LOG = Logger.getLogger(QuestionnaireSeeder.class);
    static final List<String> SEED_FILES = List.of("seed/questionnaire-v2.json", "seed/questionnaire-v3.json");

    record SeedQuestionnaire(int version, List<QuestionnaireInput.DimensionInput> dimensions,
            List<QuestionnaireInput.QuestionInput> questions) {
    }

    private final QuestionnaireService questionnaires;
    private final ObjectMapper mapper;
    private final SeedConfig config;

    QuestionnaireSeeder(QuestionnaireService questionnaires, ObjectMapper mapper, SeedConfig config) {
        this.questionnaires = questionnaires;
        this.mapper = mapper;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            seed();
        }
    }

    void seed() {
        for (String file : SEED_FILES) {
            SeedQuestionnaire seed = SeedFiles.read(mapper, file, new TypeReference<SeedQuestionnaire>() {
            });
            if (questionnaires.publishIfMissing(seed.version(),
                    new QuestionnaireInput(seed.dimensions(), seed.questions()))) {
                LOG.infof("Published questionnaire version %d from %s", seed.version(), file);
            }
        }
    }
}
