package fr.boussole.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.boussole.assessment.testing.SeedQuestionnaire;

/** The seeded questionnaire is sound, and its explanations add up whatever the answers. */
class SeedQuestionnaireScoringTest {

    private static final QuestionnaireDefinition SEED = SeedQuestionnaire.version2();

    @Test
    void theSeedIsSoundAndCoversTheGuidesFiveDimensions() {
        assertThat(SEED.problems()).isEmpty();
        assertThat(SEED.dimensions()).containsExactly("data", "skills", "funding", "strategy", "ethics");
        assertThat(SEED.question("project-leads").isNecessary()).isTrue();
        assertThat(SEED.question("digital-appetite").isNecessary()).isTrue();
        assertThat(SEED.question("ai-skills").isNecessary()).isFalse();
        assertThat(SEED.question("ai-skills").condition().anyOf()).containsExactly("in-house");
    }

    @Test
    void explanationsAddUpToTheScoresWhateverTheAnswers() {
        Random random = new Random(20261126);
        for (int run = 0; run < 2000; run++) {
            Map<String, Answer> answers = SeedQuestionnaire.randomAnswers(SEED, random);
            Readiness readiness = ReadinessScoring.score(SEED, answers);
            assertThat(readiness.score()).isBetween(0, 100);
            int overall = 0;
            for (Readiness.DimensionScore dimension : readiness.dimensions()) {
                assertThat(dimension.contributions().stream().mapToInt(Readiness.Contribution::points).sum())
                        .isEqualTo(dimension.score());
                overall += dimension.overallPoints();
            }
            assertThat(overall).isEqualTo(readiness.score());
            if (readiness.blockingGaps().isEmpty()) {
                assertThat(readiness.level()).isEqualTo(readiness.uncappedLevel());
            } else {
                assertThat(readiness.level()).isEqualTo(
                        readiness.uncappedLevel().atMost(ReadinessLevel.CAP_WITHOUT_NECESSARY));
            }
            boolean inHouse = answers.get("build-mode").codes().contains("in-house");
            assertThat(readiness.dimensions().get(1).notAsked().contains("ai-skills")).isEqualTo(!inHouse);
        }
    }
}
