package fr.boussole.directory.rest.dto;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.SourceConfidence;

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
        @Schema(nullable = true, description = "Share of the eligible costs covered, at most, in %, under the terms"
                + " of the day judged") Integer ratePercent,
        @Schema(nullable = true, description = "Largest amount of aid in euros, under the terms of the day judged")
        Long maxAmountEur,
        @Schema(nullable = true, description = "Official page") String sourceUrl,
        @Schema(nullable = true, description = "The day the source was last checked; missing: never checked")
        LocalDate checkedOn,
        @Schema(description = "How sure the aid's facts are; TO_CONFIRM is to be shown as unconfirmed")
        SourceConfidence confidence) {

    public enum Status {
        ELIGIBLE, PARTIALLY_ELIGIBLE, NOT_ELIGIBLE, EXPIRED
    }
}
