package fr.boussole.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Scoring cases worked out by hand on a small questionnaire: dimension "a" holds a necessary 0-4 scale (a1, weight
 * 3, threshold 0.5), a yes/no (a2, weight 1) and an optional yes/no asked only for in-house builds (a3, weight 2);
 * dimension "b" a multiple choice (b1, weight 1, 0.5 per option) and a single choice (b2, weight 1).
 */
class ReadinessScoringTest {

    static QuestionnaireDefinition small(int a2Weight) {
        LocalizedText label = new LocalizedText("Question", "Question");
        return new QuestionnaireDefinition(1, List.of("a", "b"), List.of(
                new Question("build-mode", Question.PROFILE, 1, QuestionType.SINGLE_CHOICE, true, 0, null, null,
                        List.of(option("buy", 0), option("in-house", 0)), null, null, null, label, null),
                new Question("a1", "a", 2, QuestionType.SCALE, true, 3, 0.5, null, List.of(), null, null, null,
                        label, null),
                new Question("a2", "a", 3, QuestionType.YES_NO, true, a2Weight, null, null, List.of(), null, null,
                        null, label, null),
                new Question("a3", "a", 4, QuestionType.YES_NO, true, 2, null,
                        new Condition("build-mode", Set.of("in-house")), List.of(), null, null, null, label, null),
                new Question("b1", "b", 5, QuestionType.MULTIPLE_CHOICE, true, 1, null, null,
                        List.of(option("x", 0.5), option("y", 0.5), option("z", 0.5),
                                new AnswerOption("none", 0, true, label)),
                        null, null, null, label, null),
                new Question("b2", "b", 6, QuestionType.SINGLE_CHOICE, true, 1, null, null,
                        List.of(option("low", 0), option("mid", 0.6), option("high", 1)), null, null, null, label,
                        null)));
    }

    private static AnswerOption option(String code, double points) {
        return new AnswerOption(code, points, false, new LocalizedText(code, code));
    }

    /** a: 3/4 × 75 = 56.25 and 25 → 81; b: 25 and 30 → 55; overall (81 + 55) / 2 = 68. */
    @Test
    void aCompanyThatBuysIsScoredWithoutTheOptionalQuestion() {
        Readiness readiness = ReadinessScoring.score(small(1), Map.of(
                "build-mode", new Answer.Choice("buy"), "a1", new Answer.Count(3), "a2", new Answer.Choice("yes"),
                "b1", new Answer.Choices(List.of("x")), "b2", new Answer.Choice("mid")));

        Readiness.DimensionScore a = readiness.dimensions().get(0);
        assertThat(a.score()).isEqualTo(81);
        assertThat(a.contributions()).extracting(Readiness.Contribution::question).containsExactly("a1", "a2");
        assertThat(a.contributions()).extracting(Readiness.Contribution::points).containsExactly(56, 25);
        assertThat(a.contributions()).extracting(Readiness.Contribution::maxPoints).containsExactly(75.0, 25.0);
        assertThat(a.notAsked()).containsExactly("a3");
        Readiness.DimensionScore b = readiness.dimensions().get(1);
        assertThat(b.score()).isEqualTo(55);
        assertThat(b.contributions()).extracting(Readiness.Contribution::points).containsExactly(25, 30);

        assertThat(readiness.score()).isEqualTo(68);
        // 40.5 and 27.5: the extra point goes to the earlier of two equal remainders
        assertThat(readiness.dimensions()).extracting(Readiness.DimensionScore::overallPoints).containsExactly(41, 27);
        assertThat(readiness.level()).isEqualTo(ReadinessLevel.READY_TO_PILOT);
        assertThat(readiness.uncappedLevel()).isEqualTo(ReadinessLevel.READY_TO_PILOT);
        assertThat(readiness.blockingGaps()).isEmpty();
        // b1 would bring 25 more to b (12.5 overall), b2 20 (10), a1 18.75 (9.375)
        assertThat(readiness.improvements()).extracting(Readiness.Improvement::question)
                .containsExactly("b1", "b2", "a1");
        assertThat(readiness.improvements()).extracting(Readiness.Improvement::scoreGain)
                .containsExactly(12.5, 10.0, 9.4);
    }

    /**
     * In-house, the optional a3 counts: a = 12.5 + 0 + 33.33 → 46 (points 13, 0, 33); b1's three options cap at the
     * question's weight: b = 100. Overall 73 would be "ready to pilot", but a1 (1/4) is below its threshold: the
     * level is capped at "exploring" and a1 is the first thing to improve.
     */
    @Test
    void aMissingNecessaryConditionCapsTheLevelAndComesFirst() {
        Readiness readiness = ReadinessScoring.score(small(1), Map.of(
                "build-mode", new Answer.Choice("in-house"), "a1", new Answer.Count(1), "a2", new Answer.Choice("no"),
                "a3", new Answer.Choice("yes"), "b1", new Answer.Choices(List.of("x", "y", "z")),
                "b2", new Answer.Choice("high")));

        Readiness.DimensionScore a = readiness.dimensions().get(0);
        assertThat(a.score()).isEqualTo(46);
        assertThat(a.contributions()).extracting(Readiness.Contribution::points).containsExactly(13, 0, 33);
        assertThat(a.notAsked()).isEmpty();
        assertThat(readiness.dimensions().get(1).score()).isEqualTo(100);
        assertThat(readiness.score()).isEqualTo(73);
        assertThat(readiness.uncappedLevel()).isEqualTo(ReadinessLevel.READY_TO_PILOT);
        assertThat(readiness.level()).isEqualTo(ReadinessLevel.EXPLORING);
        assertThat(readiness.blockingGaps()).singleElement().satisfies(gap -> {
            assertThat(gap.question()).isEqualTo("a1");
            assertThat(gap.share()).isEqualTo(0.25);
            assertThat(gap.threshold()).isEqualTo(0.5);
        });
        assertThat(readiness.improvements().get(0)).isEqualTo(new Readiness.Improvement("a1", "a", 37.5, 18.8, true));
        assertThat(readiness.improvements().get(1).question()).isEqualTo("a2");
    }

    /** The same answers on a version where a2 weighs 3: a = 37.5 + 50 → 88, overall (88 + 55) / 2 = 71.5 → 72. */
    @Test
    void theSameAnswersScoreDifferentlyOnAnotherVersionAndTheSameOnTheirOwn() {
        Map<String, Answer> answers = Map.of("build-mode", new Answer.Choice("buy"), "a1", new Answer.Count(3),
                "a2", new Answer.Choice("yes"), "b1", new Answer.Choices(List.of("x")), "b2", new Answer.Choice("mid"));

        Readiness newer = ReadinessScoring.score(small(3), answers);
        assertThat(newer.dimensions().get(0).score()).isEqualTo(88);
        assertThat(newer.dimensions().get(0).contributions()).extracting(Readiness.Contribution::points)
                .containsExactly(38, 50);
        assertThat(newer.score()).isEqualTo(72);
        assertThat(ReadinessScoring.score(small(1), answers).score()).isEqualTo(68);
        assertThat(ReadinessScoring.score(small(1), answers)).isEqualTo(ReadinessScoring.score(small(1), answers));
    }

    /** An unanswered question earns nothing, and the necessary one left blank is a blocking gap. */
    @Test
    void aDraftScoresWhatIsAnswered() {
        Readiness readiness = ReadinessScoring.score(small(1), Map.of("b2", new Answer.Choice("high")));

        assertThat(readiness.dimensions().get(0).score()).isZero();
        assertThat(readiness.dimensions().get(0).contributions()).extracting(Readiness.Contribution::answered)
                .containsExactly(false, false);
        assertThat(readiness.dimensions().get(1).score()).isEqualTo(50);
        assertThat(readiness.score()).isEqualTo(25);
        assertThat(readiness.level()).isEqualTo(ReadinessLevel.EXPLORING);
        assertThat(readiness.blockingGaps()).extracting(Readiness.BlockingGap::question).containsExactly("a1");
    }

    @Test
    void levelsFollowTheScore() {
        assertThat(ReadinessLevel.ofScore(0)).isEqualTo(ReadinessLevel.DISCOVERING);
        assertThat(ReadinessLevel.ofScore(24)).isEqualTo(ReadinessLevel.DISCOVERING);
        assertThat(ReadinessLevel.ofScore(25)).isEqualTo(ReadinessLevel.EXPLORING);
        assertThat(ReadinessLevel.ofScore(50)).isEqualTo(ReadinessLevel.READY_TO_PILOT);
        assertThat(ReadinessLevel.ofScore(74)).isEqualTo(ReadinessLevel.READY_TO_PILOT);
        assertThat(ReadinessLevel.ofScore(75)).isEqualTo(ReadinessLevel.READY_TO_SCALE);
        assertThat(ReadinessLevel.ofScore(100)).isEqualTo(ReadinessLevel.READY_TO_SCALE);
        assertThat(ReadinessLevel.EXPLORING.atMost(ReadinessLevel.CAP_WITHOUT_NECESSARY))
                .isEqualTo(ReadinessLevel.EXPLORING);
        assertThat(ReadinessLevel.READY_TO_SCALE.atMost(ReadinessLevel.CAP_WITHOUT_NECESSARY))
                .isEqualTo(ReadinessLevel.EXPLORING);
    }

    @Test
    void largestRemaindersAddUpToTheRoundedTotal() {
        assertThat(ReadinessScoring.apportion(new double[] { 33.34, 33.33, 33.33 }, 100)).containsExactly(34, 33, 33);
        assertThat(ReadinessScoring.apportion(new double[] { 12.5, 0, 33.3333 }, 46)).containsExactly(13, 0, 33);
        assertThat(ReadinessScoring.apportion(new double[] { 10.2, 10.2 }, 20)).containsExactly(10, 10);
    }

    @Test
    void anUnsoundQuestionnaireSaysWhatIsWrong() {
        LocalizedText label = new LocalizedText("Q", "Q");
        QuestionnaireDefinition unsound = new QuestionnaireDefinition(9, List.of("a", "b"), List.of(
                new Question("a1", "a", 1, QuestionType.YES_NO, true, 1, null,
                        new Condition("later", Set.of("yes")), List.of(), null, null, null, label, null),
                new Question("later", "a", 2, QuestionType.NUMBER, true, 2, null, null, List.of(), 0L, 5L, null,
                        label, null),
                new Question("b1", "c", 3, QuestionType.SCALE, true, 1, 1.5, null, List.of(), null, null, null,
                        label, null)));

        assertThat(unsound.problems()).containsExactlyInAnyOrder(
                "question 'a1': its condition must name an earlier question",
                "question 'later': only choice, scale and yes/no questions of a dimension can be scored",
                "question 'b1': section 'c' is neither profile nor a dimension",
                "question 'b1': a necessary question is scored and its threshold is in (0, 1]",
                "dimension 'a': no scored question is asked to everyone",
                "dimension 'b': no scored question is asked to everyone");
        assertThat(small(1).problems()).isEmpty();
    }
}
