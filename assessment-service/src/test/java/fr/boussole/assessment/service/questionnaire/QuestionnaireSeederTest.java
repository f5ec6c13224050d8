package fr.boussole.assessment.service.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.boussole.assessment.repository.QuestionnaireRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A published questionnaire version is never rewritten by the seed. */
@QuarkusTest
class QuestionnaireSeederTest {

    @Inject
    QuestionnaireSeeder seeder;
    @Inject
    QuestionnaireRepository questionnaires;
    @Inject
    EntityManager entityManager;

    private String skillsName() {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT name_en FROM questionnaire_dimension WHERE questionnaire_version = 2 AND code = 'skills'")
                .getSingleResult());
    }

    @Test
    void seedingAgainNeitherDuplicatesNorRewritesAPublishedVersion() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE questionnaire_dimension SET name_en = 'Skills (as published)'"
                        + " WHERE questionnaire_version = 2 AND code = 'skills'").executeUpdate());
        try {
            long versions = QuarkusTransaction.requiringNew().call(questionnaires::count);
            seeder.seed();
            long after = QuarkusTransaction.requiringNew().call(questionnaires::count);
            assertThat(after).isEqualTo(versions);
            assertThat(skillsName()).isEqualTo("Skills (as published)");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "UPDATE questionnaire_dimension SET name_en = 'Skills'"
                            + " WHERE questionnaire_version = 2 AND code = 'skills'").executeUpdate());
        }
    }
}
