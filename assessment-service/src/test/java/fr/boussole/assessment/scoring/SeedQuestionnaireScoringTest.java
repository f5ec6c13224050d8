package fr.boussole.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.boussole.assessment.testing.SeedQuestionnaire;
import fr.boussole.commons.testing.Fixtures;

/** The seeded questionnaires are sound, their explanations add up whatever the answers, and version 3 scores the DPO
 * only where the GDPR requires one. */
class SeedQuestionnaireScoringTest {

    private static final QuestionnaireDefinition SEED = SeedQuestionnaire.current();

    @Test
    void theSeedIsSoundAndCoversTheGuidesFiveDimensions() {
        assertThat(SEED.problems()).isEmpty();
        assertThat(SEED.dimensions()).containsExactly("data", "skills", "funding", "strategy", "ethics");
        assertThat(SEED.question("project-leads").isNecessary()).isTrue();
        assertThat(SEED.question("digital-appetite").isNecessary()).isTrue();
        assertThat(SEED.question("ai-skills").isNecessary()).isFalse();
        assertThat(SEED.question("ai-skills").condition().anyOf()).containsExactly("in-house");
    }

    /**
     * The shop near Lyon (12 people, no large-scale monitoring, no sensitive data) needs no DPO. Version 2 asked only
     * whether it had one and scored "no" as 0: ethics (1 + 0 + 1 + 1.5) / 7 → 50, overall 296 / 5 → 59, and it keeps
     * that. Version 3 does not ask: ethics (1 + 1 + 1.5) / 6 → 58, overall 304 / 5 → 61.
     */
    @Test
    void theShopThatNeedsNoDpoIsNoLongerMarkedDownForNotHavingOne() {
        Map<String, Object> onVersion2 = Fixtures.shopNearLyon();
        onVersion2.remove("dpo-required");
        onVersion2.put("dpo", "no");
        Readiness before = ReadinessScoring.score(SeedQuestionnaire.version(2),
                SeedQuestionnaire.read(SeedQuestionnaire.version(2), onVersion2));
        assertThat(before.score()).isEqualTo(59);
        assertThat(before.dimensions().get(4).score()).isEqualTo(50);
        assertThat(before.improvements()).extracting(Readiness.Improvement::question).contains("dpo");

        Readiness now = ReadinessScoring.score(SEED, SeedQuestionnaire.read(SEED, Fixtures.shopNearLyon()));
        assertThat(now.score()).isEqualTo(61);
        assertThat(now.dimensions().get(4).score()).isEqualTo(58);
        assertThat(now.dimensions().get(4).notAsked()).contains("dpo", "bias-control");
        assertThat(now.improvements()).extracting(Readiness.Improvement::question).doesNotContain("dpo");

        Map<String, Object> required = Fixtures.shopNearLyon();
        required.put("dpo-required", "yes");
        required.put("dpo", "no");
        Readiness missing = ReadinessScoring.score(SEED, SeedQuestionnaire.read(SEED, required));
        assertThat(missing.dimensions().get(4).score()).isEqualTo(50);
    }

    @Test
    void bothSeededVersionsAreSound() {
        assertThat(SeedQuestionnaire.version(2).problems()).isEmpty();
        assertThat(SEED.version()).isEqualTo(3);
        assertThat(SEED.question("dpo").condition().question()).isEqualTo("dpo-required");
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
