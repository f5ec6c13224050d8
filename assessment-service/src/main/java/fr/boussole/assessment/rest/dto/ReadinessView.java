package fr.boussole.assessment.rest.dto;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.assessment.scoring.ReadinessLevel;

/**
 * A readiness profile explained, in the caller's language: each dimension's score is the sum of its contributions'
 * points, the overall score the sum of the dimensions' overall points (the rounded mean of their scores).
 */
@Schema(name = "Readiness")
public record ReadinessView(
        UUID assessment,
        @Schema(examples = "2") int questionnaireVersion,
        @Schema(description = "True for a draft: the score its answers would get now, unanswered questions earning"
                + " nothing") boolean provisional,
        @Schema(examples = "62") int score,
        @Schema(description = "The level that counts: an advisor's override, else the computed one") LevelView level,
        @Schema(description = "The level the scoring gives, capped when a necessary condition is missing")
        LevelView computedLevel,
        @Schema(description = "The level the score alone would give") LevelView uncappedLevel,
        @Schema(nullable = true) AssessmentView.LevelOverrideView override,
        List<DimensionScoreView> dimensions,
        @Schema(description = "Necessary conditions not met: each caps the level") List<GapView> blockingGaps,
        @Schema(description = "What would raise the readiness most, blocking gaps first") List<ImprovementView> improvements) {

    @Schema(name = "ReadinessLevelInfo")
    public record LevelView(ReadinessLevel code, @Schema(examples = "Prête à expérimenter") String label,
            String meaning) {
    }

    @Schema(name = "DimensionScore")
    public record DimensionScoreView(
            @Schema(examples = "skills") String code,
            @Schema(examples = "Compétences") String name,
            @Schema(examples = "70") int score,
            @Schema(description = "Its share of the overall score", examples = "14") int overallPoints,
            List<ContributionView> contributions,
            @Schema(description = "Its questions not asked, such as AI technical skills when the company does not"
                    + " build in-house: they neither add nor cost") List<QuestionRef> notAsked) {
    }

    @Schema(name = "Contribution")
    public record ContributionView(
            @Schema(examples = "digital-appetite") String question,
            String label,
            @Schema(nullable = true, description = "The answer as stored; absent when unanswered") JsonNode answer,
            @Schema(nullable = true, description = "The answer in words", examples = "3 / 4") String answerText,
            @Schema(description = "Share of the question's weight earned, 0 to 1", examples = "0.75") double share,
            @Schema(description = "Whole points brought to the dimension", examples = "23") int points,
            @Schema(description = "Points a best answer would bring", examples = "30.0") double maxPoints) {
    }

    @Schema(name = "QuestionRef")
    public record QuestionRef(@Schema(examples = "ai-skills") String question, String label) {
    }

    @Schema(name = "BlockingGap")
    public record GapView(
            @Schema(examples = "project-leads") String question,
            String label,
            @Schema(examples = "skills") String dimension,
            @Schema(examples = "0") double share,
            @Schema(description = "The least share needed", examples = "1") double threshold,
            String explanation) {
    }

    @Schema(name = "Improvement")
    public record ImprovementView(
            @Schema(examples = "data-quality") String question,
            String label,
            @Schema(examples = "data") String dimension,
            @Schema(description = "Points its dimension would gain at best", examples = "12.5") double dimensionGain,
            @Schema(description = "Points the overall score would gain at best", examples = "2.5") double scoreGain,
            @Schema(description = "A necessary condition to meet before the level can rise") boolean blocking) {
    }
}
