package fr.boussole.assessment.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.assessment.domain.AssessmentOrigin;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.scoring.ReadinessLevel;
import fr.boussole.commons.idempotency.ShownOnce;

/** An assessment: its answers so far, how far it is, and once submitted its score and level. */
@Schema(name = "Assessment")
public record AssessmentView(
        UUID id,
        @Schema(description = "The questionnaire version it answers, for good", examples = "2")
        int questionnaireVersion,
        AssessmentStatus status,
        AssessmentOrigin origin,
        @Schema(nullable = true, examples = "901122333") String siren,
        @Schema(nullable = true) String companyName,
        @Schema(nullable = true, description = "The CCI whose advisor started it", examples = "cci-lyon-metropole")
        String ownerCci,
        @Schema(nullable = true, description = "The CCI the company shares it with now, if any") SharingView sharedWith,
        @Schema(description = "Question code to answer, as sent") Map<String, JsonNode> answers,
        ProgressView progress,
        @Schema(nullable = true, description = "Overall score 0-100, once submitted", examples = "62") Integer score,
        @Schema(nullable = true, description = "The level the score gives, once submitted")
        ReadinessLevel computedLevel,
        @Schema(nullable = true, description = "The level that counts: an advisor's override, else the computed one")
        ReadinessLevel level,
        @Schema(nullable = true) LevelOverrideView override,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(description = "Changes with every write; the ETag carries it", examples = "3")
        long version,
        @Schema(nullable = true,
                description = "Only in the answer that starts an anonymous self-assessment, and never again (not"
                + " in its idempotent replay either): the secret to send as X-Resume-Token to come back to it")
        @ShownOnce String resumeToken) {

    @Schema(name = "Sharing")
    public record SharingView(@Schema(examples = "cci-paris-idf") String cci, Instant grantedAt) {
    }

    @Schema(name = "Progress")
    public record ProgressView(
            @Schema(description = "Questions asked given the answers so far", examples = "34") int asked,
            @Schema(examples = "12") int answered,
            @Schema(description = "Required questions asked and not answered: submitting needs none")
            List<String> missingRequired) {
    }

    @Schema(name = "LevelOverride", description = "An advisor's judgement of the level, kept with the computed one")
    public record LevelOverrideView(ReadinessLevel level, String justification, String by, Instant at) {
    }
}
