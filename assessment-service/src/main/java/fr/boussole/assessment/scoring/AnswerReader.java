package fr.boussole.assessment.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Turns the JSON value sent for a question into an {@link Answer}, or says why it is no answer to it. */
public final class AnswerReader {

    /** What a text answer may hold at most. */
    public static final int TEXT_MAX_LENGTH = 200;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Why a value is no answer to its question, in words the person answering understands. */
    public static final class InvalidAnswer extends Exception {
        public InvalidAnswer(String message) {
            super(message, null, false, false);
        }
    }

    private AnswerReader() {
    }

    public static Answer read(Question question, JsonNode value) throws InvalidAnswer {
        return switch (question.type()) {
            case SINGLE_CHOICE -> new Answer.Choice(option(question, value));
            case YES_NO -> new Answer.Choice(yesNo(value));
            case MULTIPLE_CHOICE -> choices(question, value);
            case SCALE -> new Answer.Count(integer(value, 0, QuestionType.SCALE_MAX));
            case NUMBER -> new Answer.Count(integer(value, question.min(), question.max()));
            case TEXT -> text(question, value);
        };
    }

    /** The JSON form of an answer, as it is stored and shown. */
    public static JsonNode write(Answer answer) {
        if (answer instanceof Answer.Choice choice) {
            return JSON.textNode(choice.code());
        }
        if (answer instanceof Answer.Choices choices) {
            ArrayNode array = JSON.arrayNode();
            choices.selected().forEach(array::add);
            return array;
        }
        if (answer instanceof Answer.Count count) {
            long value = count.value();
            return value == (int) value ? JSON.numberNode((int) value) : JSON.numberNode(value);
        }
        return JSON.textNode(((Answer.Text) answer).value());
    }

    private static String option(Question question, JsonNode value) throws InvalidAnswer {
        if (value == null || !value.isTextual() || question.option(value.asText()).isEmpty()) {
            throw new InvalidAnswer("must be one of " + codes(question));
        }
        return value.asText();
    }

    private static String yesNo(JsonNode value) throws InvalidAnswer {
        if (value != null && value.isTextual() && List.of(QuestionType.YES, QuestionType.NO, QuestionType.DONT_KNOW)
                .contains(value.asText())) {
            return value.asText();
        }
        throw new InvalidAnswer("must be \"yes\", \"no\" or \"dont-know\"");
    }

    private static Answer choices(Question question, JsonNode value) throws InvalidAnswer {
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw new InvalidAnswer("must be a non-empty array of " + codes(question));
        }
        List<String> selected = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        boolean exclusive = false;
        for (JsonNode element : value) {
            String code = option(question, element);
            if (!distinct.add(code)) {
                throw new InvalidAnswer("names '" + code + "' twice");
            }
            exclusive |= question.option(code).orElseThrow().exclusive();
            selected.add(code);
        }
        if (exclusive && selected.size() > 1) {
            throw new InvalidAnswer("combines an option that must stand alone with others");
        }
        return new Answer.Choices(selected);
    }

    private static long integer(JsonNode value, long min, long max) throws InvalidAnswer {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min
                || value.asLong() > max) {
            throw new InvalidAnswer("must be a whole number from " + min + " to " + max);
        }
        return value.asLong();
    }

    private static Answer text(Question question, JsonNode value) throws InvalidAnswer {
        if (value == null || !value.isTextual()) {
            throw new InvalidAnswer("must be a text");
        }
        String text = value.asText().strip();
        if (text.length() > TEXT_MAX_LENGTH || !Pattern.matches(question.pattern(), text)) {
            throw new InvalidAnswer("must match " + question.pattern());
        }
        return new Answer.Text(text);
    }

    private static String codes(Question question) {
        return question.options().stream().map(AnswerOption::code).toList().toString();
    }
}
