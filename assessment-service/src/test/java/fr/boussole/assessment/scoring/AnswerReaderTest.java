package fr.boussole.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each question type accepts its own JSON value and says why it refuses any other. */
class AnswerReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalizedText LABEL = new LocalizedText("Q", "Q");

    private static Question question(QuestionType type, List<AnswerOption> options, Long min, Long max,
            String pattern) {
        return new Question("q", "a", 1, type, true, 0, null, null, options, min, max, pattern, LABEL, null);
    }

    private static final Question CHOICES = question(QuestionType.MULTIPLE_CHOICE, List.of(
            new AnswerOption("x", 0.5, false, LABEL), new AnswerOption("y", 0.5, false, LABEL),
            new AnswerOption("none", 0, true, LABEL)), null, null, null);

    private static Answer read(Question question, String json) throws Exception {
        return AnswerReader.read(question, JSON.readTree(json));
    }

    private static void refused(Question question, String json, String reason) {
        assertThatThrownBy(() -> read(question, json)).isInstanceOf(AnswerReader.InvalidAnswer.class)
                .hasMessageContaining(reason);
    }

    @Test
    void choices() throws Exception {
        assertThat(read(CHOICES, "[\"y\", \"x\"]")).isEqualTo(new Answer.Choices(List.of("y", "x")));
        assertThat(read(CHOICES, "[\"none\"]")).isEqualTo(new Answer.Choices(List.of("none")));
        refused(CHOICES, "[]", "non-empty array");
        refused(CHOICES, "\"x\"", "non-empty array");
        refused(CHOICES, "[\"x\", \"x\"]", "names 'x' twice");
        refused(CHOICES, "[\"x\", \"w\"]", "must be one of [x, y, none]");
        refused(CHOICES, "[\"x\", \"none\"]", "stand alone");
    }

    @Test
    void scalesYesNoNumbersAndTexts() throws Exception {
        Question scale = question(QuestionType.SCALE, List.of(), null, null, null);
        assertThat(read(scale, "4")).isEqualTo(new Answer.Count(4));
        refused(scale, "5", "from 0 to 4");
        refused(scale, "2.5", "whole number");
        refused(scale, "\"3\"", "whole number");

        Question yesNo = question(QuestionType.YES_NO, List.of(), null, null, null);
        assertThat(read(yesNo, "\"dont-know\"")).isEqualTo(new Answer.Choice("dont-know"));
        refused(yesNo, "true", "\"yes\", \"no\" or \"dont-know\"");

        Question number = question(QuestionType.NUMBER, List.of(), 1800L, 2100L, null);
        assertThat(read(number, "2019")).isEqualTo(new Answer.Count(2019));
        refused(number, "1799", "from 1800 to 2100");

        Question text = question(QuestionType.TEXT, List.of(), null, null, "^[0-9]{2}\\.[0-9]{2}[A-Z]$");
        assertThat(read(text, "\" 62.01Z \"")).isEqualTo(new Answer.Text("62.01Z"));
        refused(text, "\"62.01\"", "must match");
        refused(text, "{}", "must be a text");
    }

    @Test
    void writtenAnswersReadBackTheSame() throws Exception {
        for (String json : List.of("[\"y\",\"x\"]", "3", "\"dont-know\"")) {
            Question question = json.startsWith("[") ? CHOICES
                    : json.startsWith("\"") ? question(QuestionType.YES_NO, List.of(), null, null, null)
                            : question(QuestionType.SCALE, List.of(), null, null, null);
            JsonNode written = AnswerReader.write(read(question, json));
            assertThat(written).isEqualTo(JSON.readTree(json));
        }
    }
}
