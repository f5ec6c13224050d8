package fr.boussole.assessment.rest.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published questionnaire version, its dimensions and its questions in order, in the caller's language. */
@Schema(name = "Questionnaire")
public record QuestionnaireView(
        @Schema(examples = "1") int version,
        Instant publishedAt,
        List<DimensionView> dimensions,
        List<QuestionView> questions) {
}
