package fr.boussole.assessment.rest.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.assessment.domain.QuestionnaireStatus;

/** One version of the questionnaire, without its content. */
@Schema(name = "QuestionnaireVersion")
public record QuestionnaireVersionView(
        @Schema(examples = "1") int version,
        QuestionnaireStatus status,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(examples = "5") long dimensionCount) {
}
