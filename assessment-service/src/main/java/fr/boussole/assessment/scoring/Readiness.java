package fr.boussole.assessment.scoring;

import java.util.List;

/**
 * The scored readiness of a company and why: the overall score is the rounded mean of the dimension scores, each
 * dimension score the sum of its contributions, and the level the one of the score unless a necessary condition is
 * missing (then {@code level} is capped below {@code uncappedLevel} and {@code blockingGaps} says why).
 */
public record Readiness(
        int questionnaireVersion,
        int score,
        ReadinessLevel level,
        ReadinessLevel uncappedLevel,
        List<DimensionScore> dimensions,
        List<BlockingGap> blockingGaps,
        List<Improvement> improvements) {

    /**
     * A dimension's score from 0 to 100 and the points each asked question brought it; {@code overallPoints} is its
     * share of the overall score (the shares add up to it). {@code notAsked} are its questions left out by their
     * condition, such as AI technical skills when the company does not build in-house: they neither add nor cost.
     */
    public record DimensionScore(String dimension, int score, int overallPoints, List<Contribution> contributions,
            List<String> notAsked) {
    }

    /**
     * What one answer brought its dimension: {@code points} out of {@code maxPoints} (whole points that add up to
     * the dimension score; {@code maxPoints} is the question's weight against the questions asked there), earning
     * {@code share} of its weight. An unanswered question earns nothing.
     */
    public record Contribution(String question, boolean answered, double share, int points, double maxPoints) {
    }

    /** A necessary condition the answers do not meet: it caps the level whatever the scores. */
    public record BlockingGap(String question, String dimension, double share, double threshold) {
    }

    /**
     * What would raise the readiness most: the answer to improve, the points its dimension and the overall score
     * would gain at best, and whether it is a blocking gap (closing every one lifts the cap).
     */
    public record Improvement(String question, String dimension, double dimensionGain, double scoreGain,
            boolean blocking) {
    }
}
