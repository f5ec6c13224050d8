package fr.boussole.assessment.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.assessment.mapping.QuestionnaireMapper;
import fr.boussole.assessment.rest.dto.QuestionnaireInput;
import fr.boussole.assessment.scoring.Answer;
import fr.boussole.assessment.scoring.AnswerOption;
import fr.boussole.assessment.scoring.AnswerReader;
import fr.boussole.assessment.scoring.Question;
import fr.boussole.assessment.scoring.QuestionnaireDefinition;

/** The seeded questionnaire read without a database, and answer sets a company could give to it. */
public final class SeedQuestionnaire {

    private record SeedFile(int version, List<QuestionnaireInput.DimensionInput> dimensions,
            List<QuestionnaireInput.QuestionInput> questions) {
    }

    private SeedQuestionnaire() {
    }

    /** The seeded version new assessments answer. */
    public static QuestionnaireDefinition current() {
        return version(3);
    }

    public static QuestionnaireDefinition version(int version) {
        try (InputStream file = SeedQuestionnaire.class.getResourceAsStream(
                "/seed/questionnaire-v" + version + ".json")) {
            ObjectMapper json = new ObjectMapper();
            JsonNode tree = json.readTree(file);
            SeedFile seed = json.treeToValue(tree, SeedFile.class);
            return QuestionnaireMapper.definition(QuestionnaireMapper.entity(seed.version(),
                    new QuestionnaireInput(seed.dimensions(), seed.questions())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers given as JSON (as a client sends them) read as the questionnaire reads them. */
    public static Map<String, Answer> read(QuestionnaireDefinition questionnaire, Map<String, Object> given) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Answer> answers = new HashMap<>();
        given.forEach((code, value) -> {
            try {
                answers.put(code, AnswerReader.read(questionnaire.question(code), json.valueToTree(value)));
            } catch (AnswerReader.InvalidAnswer e) {
                throw new IllegalArgumentException(code + ": " + e.getMessage(), e);
            }
        });
        return answers;
    }

    /** Every asked question answered at random, as a company could. */
    public static Map<String, Answer> randomAnswers(QuestionnaireDefinition questionnaire, Random random) {
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
}
