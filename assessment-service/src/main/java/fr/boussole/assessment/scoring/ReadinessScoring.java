package fr.boussole.assessment.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores a company's answers to a questionnaire version: a pure function of the two, so the same assessment always
 * gets the same result.
 * <p>
 * In each dimension, a question asked is worth {@code 100 × weight ÷ (sum of the weights of the questions asked
 * there)} and earns its answer's share of that; the exact points are rounded to whole points by largest remainder,
 * so the contributions add up to the dimension's rounded score. The overall score is the rounded mean of the
 * dimensions, shared among them the same way. The level is the one of the overall score, capped at
 * {@link ReadinessLevel#CAP_WITHOUT_NECESSARY} while a necessary question earns less than its threshold.
 */
public final class ReadinessScoring {

    /** How many improvements a result suggests. */
    public static final int IMPROVEMENTS = 5;
    private static final double EPSILON = 1e-9;

    private ReadinessScoring() {
    }

    public static Readiness score(QuestionnaireDefinition questionnaire, Map<String, Answer> answers) {
        List<String> dimensionCodes = questionnaire.dimensions();
        int dimensionCount = dimensionCodes.size();
        List<DimensionWork> work = new ArrayList<>(dimensionCount);
        for (String dimension : dimensionCodes) {
            work.add(new DimensionWork(dimension));
        }
        for (Question question : questionnaire.questions()) {
            if (!question.isScored()) {
                continue;
            }
            DimensionWork dimension = work.get(dimensionCodes.indexOf(question.section()));
            if (questionnaire.isAsked(question, answers)) {
                dimension.asked.add(question);
                dimension.totalWeight += question.weight();
            } else {
                dimension.notAsked.add(question.code());
            }
        }

        List<Readiness.BlockingGap> gaps = new ArrayList<>();
        List<Readiness.Improvement> improvements = new ArrayList<>();
        double[] exactDimensionScores = new double[dimensionCount];
        int[] dimensionScores = new int[dimensionCount];
        List<List<Readiness.Contribution>> contributions = new ArrayList<>(dimensionCount);
        for (int d = 0; d < dimensionCount; d++) {
            DimensionWork dimension = work.get(d);
            int asked = dimension.asked.size();
            double[] exact = new double[asked];
            double[] max = new double[asked];
            double[] shares = new double[asked];
            double sum = 0;
            for (int q = 0; q < asked; q++) {
                Question question = dimension.asked.get(q);
                Answer answer = answers.get(question.code());
                shares[q] = answer == null ? 0 : question.share(answer);
                max[q] = 100.0 * question.weight() / dimension.totalWeight;
                exact[q] = max[q] * shares[q];
                sum += exact[q];
                if (question.isNecessary() && shares[q] + EPSILON < question.necessaryThreshold()) {
                    gaps.add(new Readiness.BlockingGap(question.code(), dimension.code, shares[q],
                            question.necessaryThreshold()));
                }
                double gain = max[q] - exact[q];
                if (gain > EPSILON) {
                    improvements.add(new Readiness.Improvement(question.code(), dimension.code, oneDecimal(gain),
                            oneDecimal(gain / dimensionCount), question.isNecessary()
                                    && shares[q] + EPSILON < question.necessaryThreshold()));
                }
            }
            exactDimensionScores[d] = sum;
            dimensionScores[d] = round(sum);
            int[] points = apportion(exact, dimensionScores[d]);
            List<Readiness.Contribution> explained = new ArrayList<>(asked);
            for (int q = 0; q < asked; q++) {
                Question question = dimension.asked.get(q);
                explained.add(new Readiness.Contribution(question.code(), answers.containsKey(question.code()),
                        shares[q], points[q], oneDecimal(max[q])));
            }
            contributions.add(explained);
        }

        double mean = 0;
        double[] exactShares = new double[dimensionCount];
        for (int d = 0; d < dimensionCount; d++) {
            exactShares[d] = (double) dimensionScores[d] / dimensionCount;
            mean += exactShares[d];
        }
        int overall = round(mean);
        int[] overallPoints = apportion(exactShares, overall);
        List<Readiness.DimensionScore> dimensions = new ArrayList<>(dimensionCount);
        for (int d = 0; d < dimensionCount; d++) {
            DimensionWork dimension = work.get(d);
            dimensions.add(new Readiness.DimensionScore(dimension.code, dimensionScores[d], overallPoints[d],
                    contributions.get(d), List.copyOf(dimension.notAsked)));
        }

        ReadinessLevel uncapped = ReadinessLevel.ofScore(overall);
        ReadinessLevel level = gaps.isEmpty() ? uncapped : uncapped.atMost(ReadinessLevel.CAP_WITHOUT_NECESSARY);
        improvements.sort(Comparator.comparing(Readiness.Improvement::blocking).reversed()
                .thenComparing(Comparator.comparingDouble(Readiness.Improvement::scoreGain).reversed()));
        return new Readiness(questionnaire.version(), overall, level, uncapped, dimensions, List.copyOf(gaps),
                List.copyOf(improvements.subList(0, Math.min(IMPROVEMENTS, improvements.size()))));
    }

    /**
     * Whole numbers, each the floor of its exact value or one more, that add up to {@code total}: the extra points go
     * to the largest remainders, the earliest first when equal.
     */
    static int[] apportion(double[] exact, int total) {
        int[] whole = new int[exact.length];
        int sum = 0;
        for (int i = 0; i < exact.length; i++) {
            whole[i] = (int) Math.floor(exact[i] + EPSILON);
            sum += whole[i];
        }
        Integer[] order = new Integer[exact.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -(exact[i] - whole[i]))
                .thenComparingInt(i -> i));
        for (int k = 0; sum < total && k < order.length; k++) {
            whole[order[k]]++;
            sum++;
        }
        return whole;
    }

    private static int round(double value) {
        return (int) Math.floor(value + 0.5 + EPSILON);
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A dimension's questions, sorted into those asked and those left out. */
    private static final class DimensionWork {
        final String code;
        final List<Question> asked = new ArrayList<>();
        final List<String> notAsked = new ArrayList<>();
        int totalWeight;

        DimensionWork(String code) {
            this.code = code;
        }
    }
}
