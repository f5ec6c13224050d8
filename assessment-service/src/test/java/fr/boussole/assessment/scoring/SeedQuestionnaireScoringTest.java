package fr.boussole.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.assessment.mapping.QuestionnaireMapper;
import fr.boussole.assessment.rest.dto.QuestionnaireInput;

/** The seeded questionnaire is sound, and its explanations add up whatever the answers. */
class SeedQuestionnaireScoringTest {

    static QuestionnaireDefinition seed;

    @BeforeAll
    static void readSeed() throws Exception {
        try (InputStream file = SeedQuestionnaireScoringTest.class.getResourceAsStream("/seed/questionnaire-v2.json")) {
            JsonNode json = new ObjectMapper().readTree(file);
            QuestionnaireInput input = new ObjectMapper().treeToValue(json, SeedFile.class).input();
            seed = QuestionnaireMapper.definition(QuestionnaireMapper.entity(json.path("version").asInt(), input));
        }
    }

    record SeedFile(int version, List<QuestionnaireInput.DimensionInput> dimensions,
            List<QuestionnaireInput.QuestionInput> questions) {
        QuestionnaireInput input() {
            return new QuestionnaireInput(dimensions, questions);
        }
    }

    /** Every asked question answered at random, as a company could. */
    static Map<String, Answer> randomAnswers(QuestionnaireDefinition questionnaire, Random random) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question question : questionnaire.questions()) {
            if (!questionnaire.isAsked(question, answers)) {
                continue;
            }
            List<AnswerOption> options = question.options();
            Answer answer = switch (question.type()) {
                case SINGLE_CHOICE -> new Answer.Choice(options.get(random.nextInt(options.size())).code());
                case MULTIPLE_CHOICE -> new Answer.Choices(options.stream().filter(option -> !option.exclusive())
                        .filter(option -> random.nextBoolean()).map(AnswerOption::code).findFirst()
                        .map(List::of).orElse(List.of(options.get(0).code())));
                case YES_NO -> new Answer.Choice(List.of("yes", "no", "dont-know").get(random.nextInt(3)));
                case SCALE -> new Answer.Count(random.nextInt(5));
                case NUMBER -> new Answer.Count(question.min() + random.nextInt(10));
                case TEXT -> new Answer.Text("75");
            };
            answers.put(question.code(), answer);
        }
        return answers;
    }

    @Test
    void theSeedIsSoundAndCoversTheGuidesFiveDimensions() {
        assertThat(seed.problems()).isEmpty();
        assertThat(seed.dimensions()).containsExactly("data", "skills", "funding", "strategy", "ethics");
        assertThat(seed.question("project-leads").isNecessary()).isTrue();
        assertThat(seed.question("digital-appetite").isNecessary()).isTrue();
        assertThat(seed.question("ai-skills").isNecessary()).isFalse();
        assertThat(seed.question("ai-skills").condition().anyOf()).containsExactly("in-house");
    }

    @Test
    void explanationsAddUpToTheScoresWhateverTheAnswers() {
        Random random = new Random(20261126);
        for (int run = 0; run < 2000; run++) {
            Map<String, Answer> answers = randomAnswers(seed, random);
            Readiness readiness = ReadinessScoring.score(seed, answers);
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
