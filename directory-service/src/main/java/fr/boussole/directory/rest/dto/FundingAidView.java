package fr.boussole.directory.rest.dto;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.AidRecurrence;
import fr.boussole.directory.domain.AidTerms;
import fr.boussole.directory.domain.AidType;
import fr.boussole.directory.domain.EligibilityRules;
import fr.boussole.directory.domain.SourceConfidence;

/** A funding aid in the language of the request, with its eligibility rules. */
@Schema(name = "FundingAid")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingAidView(
        @Schema(examples = "innov-up") String id,
        @Schema(examples = "Innov'up") String name,
        String description,
        @Schema(nullable = true, description = "Conditions no rule checks") String conditions,
        @Schema(examples = "[\"Région Île-de-France\"]") List<String> carriers,
        List<AidType> aidTypes,
        @Schema(description = "Beneficiaries, as the data.gouv.fr schema names them") List<String> beneficiaries,
        AidRecurrence recurrence,
        @Schema(description = "INSEE region codes; with departements empty, all of France") List<String> regions,
        @Schema(description = "INSEE département codes") List<String> departements,
        @Schema(nullable = true) LocalDate opensOn,
        @Schema(nullable = true) LocalDate closesOn,
        EligibilityRules rules,
        @Schema(nullable = true, description = "Share of the eligible costs covered, at most, in %")
        Integer ratePercent,
        @Schema(nullable = true, description = "Largest amount of aid, in euros") Long maxAmountEur,
        @Schema(description = "The terms that stood before today's, oldest first") List<AidTerms> earlierTerms,
        @Schema(nullable = true, description = "Official page") String sourceUrl,
        @Schema(nullable = true) String procedureUrl,
        @Schema(nullable = true) String contact,
        @Schema(nullable = true, description = "The day the source was last read and found to match; missing: never"
                + " checked") LocalDate checkedOn,
        @Schema(description = "How sure the facts are; TO_CONFIRM is shown as unconfirmed") SourceConfidence confidence,
        long version) {
}
