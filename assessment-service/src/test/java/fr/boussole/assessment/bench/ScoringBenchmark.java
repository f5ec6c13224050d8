package fr.boussole.assessment.bench;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import fr.boussole.assessment.scoring.Answer;
import fr.boussole.assessment.scoring.QuestionnaireDefinition;
import fr.boussole.assessment.scoring.Readiness;
import fr.boussole.assessment.scoring.ReadinessScoring;
import fr.boussole.assessment.testing.SeedQuestionnaire;

/**
 * How many assessments the pure scoring function scores per second on one thread: the seeded questionnaire
 * (version 2, 38 questions) and 1,024 complete answer sets drawn at random, taken in turn. Run by
 * {@code bench/scoring-jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

    private static final int ANSWER_SETS = 1024;

    private QuestionnaireDefinition questionnaire;
    private Map<String, Answer>[] answerSets;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void prepare() {
        questionnaire = SeedQuestionnaire.version(2);
        Random random = new Random(42);
        answerSets = new Map[ANSWER_SETS];
        for (int i = 0; i < ANSWER_SETS; i++) {
            answerSets[i] = SeedQuestionnaire.randomAnswers(questionnaire, random);
        }
    }

    @Benchmark
    public Readiness score() {
        next = (next + 1) & (ANSWER_SETS - 1);
        return ReadinessScoring.score(questionnaire, answerSets[next]);
    }
}
