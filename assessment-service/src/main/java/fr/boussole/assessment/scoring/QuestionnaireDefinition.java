package fr.boussole.assessment.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a published questionnaire version asks and how it grades the answers: its dimensions in order and its
 * questions, the company profile first. Immutable, so an assessment is always read and scored with the version it
 * was answered on.
 */
public final class QuestionnaireDefinition {

    private final int version;
    private final List<String> dimensions;
    private final List<Question> questions;
    private final Map<String, Question> byCode;

    public QuestionnaireDefinition(int version, List<String> dimensions, List<Question> questions) {
        this.version = version;
        this.dimensions = List.copyOf(dimensions);
        this.questions = List.copyOf(questions);
        this.byCode = new LinkedHashMap<>();
        for (Question question : questions) {
            byCode.put(question.code(), question);
        }
    }

    public int version() {
        return version;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    public List<Question> questions() {
        return questions;
    }

    public Question question(String code) {
        return byCode.get(code);
    }

    /** Whether the question is asked, given the answers so far: its condition, if any, is met. */
    public boolean isAsked(Question question, Map<String, Answer> answers) {
        Condition condition = question.condition();
        if (condition == null) {
            return true;
        }
        Question decisive = byCode.get(condition.question());
        return decisive != null && isAsked(decisive, answers) && condition.isMetBy(answers.get(decisive.code()));
    }

    /** The required questions asked and not answered yet, in questionnaire order. */
    public List<Question> missingRequired(Map<String, Answer> answers) {
        List<Question> missing = new ArrayList<>();
        for (Question question : questions) {
            if (question.required() && !answers.containsKey(question.code()) && isAsked(question, answers)) {
                missing.add(question);
            }
        }
        return missing;
    }

    /**
     * What is wrong with this definition, one sentence per problem: each is a reason not to publish it. A scored
     * question belongs to a dimension, a condition points to an earlier choice question and its options, and every
     * dimension has at least one scored question asked unconditionally, so each score always has a base.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> unconditionallyScored = new HashSet<>();
        for (Question question : questions) {
            String at = "question '" + question.code() + "': ";
            if (!seen.add(question.code())) {
                problems.add(at + "its code is used twice");
            }
            if (!Question.PROFILE.equals(question.section()) && !dimensions.contains(question.section())) {
                problems.add(at + "section '" + question.section() + "' is neither profile nor a dimension");
            }
            if (question.isScored() && (!question.type().isScorable() || Question.PROFILE.equals(question.section()))) {
                problems.add(at + "only choice, scale and yes/no questions of a dimension can be scored");
            }
            if (question.isNecessary() && (!question.isScored() || question.necessaryThreshold() <= 0
                    || question.necessaryThreshold() > 1)) {
                problems.add(at + "a necessary question is scored and its threshold is in (0, 1]");
            }
            if (question.type().isChoice() == question.options().isEmpty()) {
                problems.add(at + "choice questions, and only they, list options");
            }
            Set<String> optionCodes = new HashSet<>();
            for (AnswerOption option : question.options()) {
                if (!optionCodes.add(option.code()) || option.points() < 0 || option.points() > 1) {
                    problems.add(at + "option '" + option.code() + "' is repeated or earns points outside 0..1");
                }
            }
            if ((question.type() == QuestionType.NUMBER) != (question.min() != null && question.max() != null)
                    || question.min() != null && question.max() != null && question.min() > question.max()) {
                problems.add(at + "number questions, and only they, have bounds, the least first");
            }
            checkPattern(question, at, problems);
            checkCondition(question, seen, at, problems);
            if (question.isScored() && question.type().isScorable() && question.condition() == null) {
                unconditionallyScored.add(question.section());
            }
            if (question.label() == null || blank(question.label().fr()) || blank(question.label().en())) {
                problems.add(at + "the label is needed in French and English");
            }
        }
        for (String dimension : dimensions) {
            if (!unconditionallyScored.contains(dimension)) {
                problems.add("dimension '" + dimension + "': no scored question is asked to everyone");
            }
        }
        return problems;
    }

    private static void checkPattern(Question question, String at, List<String> problems) {
        if ((question.type() == QuestionType.TEXT) != (question.pattern() != null)) {
            problems.add(at + "text questions, and only they, have a pattern");
            return;
        }
        if (question.pattern() != null) {
            try {
                Pattern.compile(question.pattern());
            } catch (PatternSyntaxException invalid) {
                problems.add(at + "the pattern is no regular expression");
            }
        }
    }

    private void checkCondition(Question question, Set<String> earlier, String at, List<String> problems) {
        Condition condition = question.condition();
        if (condition == null) {
            return;
        }
        Question decisive = byCode.get(condition.question());
        if (decisive == null || !earlier.contains(decisive.code()) || decisive == question) {
            problems.add(at + "its condition must name an earlier question");
            return;
        }
        Set<String> possible = new HashSet<>();
        decisive.options().forEach(option -> possible.add(option.code()));
        if (decisive.type() == QuestionType.YES_NO) {
            possible.addAll(List.of(QuestionType.YES, QuestionType.NO, QuestionType.DONT_KNOW));
        }
        if (condition.anyOf().isEmpty() || !possible.containsAll(condition.anyOf())) {
            problems.add(at + "its condition must name answers question '" + decisive.code() + "' offers");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
