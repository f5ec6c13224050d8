package fr.boussole.directory.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a company may get one aid, with every rule's check and the conditions left for a person to judge. */
@Schema(name = "AidEligibility")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AidEligibility(
        @Schema(examples = "innov-up") String aidId,
        @Schema(examples = "Innov'up") String name,
        Status status,
        @Schema(nullable = true, description = "The profile's facts the missing checks need, when partially eligible")
        List<String> unknownFacts,
        @Schema(nullable = true, description = "The rules that failed, when not eligible") List<RuleCheck> failed,
        List<RuleCheck> checks,
        @Schema(nullable = true, description = "Conditions no rule checks, to read") String otherConditions,
        @Schema(nullable = true, description = "Official page") String sourceUrl) {

    public enum Status {
        ELIGIBLE, PARTIALLY_ELIGIBLE, NOT_ELIGIBLE, EXPIRED
    }
}
