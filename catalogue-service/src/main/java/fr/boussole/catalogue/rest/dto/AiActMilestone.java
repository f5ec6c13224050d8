package fr.boussole.catalogue.rest.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A date of the AI Act's calendar: what applies from then, and to which categories of use. */
@Schema(name = "AiActMilestone")
public record AiActMilestone(
        @Schema(examples = "2026-08-02") LocalDate appliesFrom,
        @Schema(examples = "transparency") String code,
        String title,
        String text,
        @Schema(description = "The categories it concerns (PROHIBITED, HIGH_RISK, TRANSPARENCY, MINIMAL)")
        List<String> appliesTo,
        @Schema(description = "Whether it is a duty of the company that uses the AI (the deployer)")
        boolean deployerDuty,
        String source,
        @Schema(nullable = true) String sourceUrl,
        LocalDate checkedOn,
        @Schema(description = "HIGH, MEDIUM, or TO_CONFIRM (to show as unconfirmed)") String confidence) {
}
