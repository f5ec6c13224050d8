package fr.boussole.assessment.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.assessment.scoring.ReadinessLevel;

/** The progress of a company between two submitted assessments, the earlier one first. */
@Schema(name = "AssessmentComparison")
public record AssessmentComparison(
        Side before,
        Side after,
        @Schema(description = "after.score - before.score", examples = "12") int scoreChange,
        List<DimensionChange> dimensions,
        @Schema(description = "Questions of both versions answered differently") List<AnswerChange> changedAnswers) {

    @Schema(name = "ComparedAssessment")
    public record Side(UUID id, @Schema(examples = "2") int questionnaireVersion, Instant submittedAt,
            @Schema(examples = "50") int score, ReadinessLevel level) {
    }

    @Schema(name = "DimensionChange")
    public record DimensionChange(@Schema(examples = "data") String code, String name,
            @Schema(nullable = true, examples = "40") Integer before,
            @Schema(nullable = true, examples = "65") Integer after,
            @Schema(nullable = true, description = "Absent when a version does not have the dimension", examples = "25")
            Integer change) {
    }

    @Schema(name = "AnswerChange")
    public record AnswerChange(@Schema(examples = "data-quality") String question, String label,
            @Schema(nullable = true) JsonNode before,
            @Schema(nullable = true) JsonNode after) {
    }
}
