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
        UUID id,
        @Schema(examples = "2") int questionnaireVersion,
        AssessmentStatus status,
        AssessmentOrigin origin,
        @Schema(nullable = true, examples = "901122333") String siren,
        @Schema(nullable = true) String companyName,
        @Schema(nullable = true, examples = "commerce") String sector,
        @Schema(nullable = true, description = "INSEE region code", examples = "84") String region,
        @Schema(nullable = true, examples = "62") Integer score,
        @Schema(nullable = true) ReadinessLevel level,
        @Schema(nullable = true, description = "The CCI's follow-up; for CCI staff and admins only") FollowUp followUp,
        @Schema(nullable = true, examples = "cci-lyon-metropole") String ownerCci,
        @Schema(nullable = true, description = "The CCI it is shared with now", examples = "cci-paris-idf")
        String sharedWith,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant submittedAt) {
}
