package fr.boussole.catalogue.rest.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a use case stands under the EU AI Act for an SME that deploys it, and what that asks of the SME. */
@Schema(name = "UseCaseAiAct")
public record UseCaseAiAct(
        @Schema(description = "PROHIBITED, HIGH_RISK, TRANSPARENCY or MINIMAL", examples = "HIGH_RISK")
        String category,
        @Schema(description = "Why, in the caller's language") String reasoning,
        @Schema(description = "The duties of the company that uses it, with the day each applies from")
        List<AiActMilestone> duties,
        @Schema(description = "Where to check a real system: the Commission's Compliance Checker")
        String serviceDeskUrl,
        String source,
        String sourceUrl,
        LocalDate checkedOn) {
}
