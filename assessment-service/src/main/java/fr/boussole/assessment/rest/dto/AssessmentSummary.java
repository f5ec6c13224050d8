package fr.boussole.assessment.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.assessment.domain.AssessmentOrigin;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.domain.FollowUp;
import fr.boussole.assessment.scoring.ReadinessLevel;

/** An assessment in a list, without its answers. */
@Schema(name = "AssessmentSummary")
public record AssessmentSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "2") int questionnaireVersion,
        @Schema(required = true) AssessmentStatus status,
        @Schema(required = true) AssessmentOrigin origin,
        @Schema(examples = "901122333") String siren,
        String companyName,
        @Schema(examples = "commerce") String sector,
        @Schema(description = "INSEE region code", examples = "84") String region,
        @Schema(examples = "62") Integer score,
        ReadinessLevel level,
        @Schema(description = "The CCI's follow-up; for CCI staff and admins only") FollowUp followUp,
        @Schema(examples = "cci-lyon-metropole") String ownerCci,
        @Schema(description = "The CCI it is shared with now", examples = "cci-paris-idf") String sharedWith,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        Instant submittedAt) {
}
