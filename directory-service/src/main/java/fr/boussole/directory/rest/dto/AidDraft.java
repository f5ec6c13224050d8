package fr.boussole.directory.rest.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.validation.Siren;
import fr.boussole.directory.domain.AidRecurrence;
import fr.boussole.directory.domain.AidTerms;
import fr.boussole.directory.domain.AidType;
import fr.boussole.directory.domain.EligibilityRules;
import fr.boussole.directory.domain.Range;
import fr.boussole.directory.domain.SourceConfidence;

/** A funding aid as curators write it, with its eligibility rules. */
@Schema(name = "AidDraft")
public record AidDraft(
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lowercase words joined by hyphens")
        @Size(max = 80) @Schema(description = "Given at creation, never changed", examples = "innov-up") String id,
        @Min(0) @Max(10000) @Schema(description = "Order among aids of the same eligibility", examples = "20")
        int position,
        @NotNull @Valid AidTexts fr,
        @NotNull @Valid AidTexts en,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> carriers,
        @Size(max = 10) List<@NotNull @Siren @Size(max = 9) String> carrierSirens,
        @NotEmpty @Size(max = 6) List<@NotNull AidType> aidTypes,
        @Size(max = 11) @Schema(description = "As the data.gouv.fr schema names them", examples = "[\"Entreprises privées\"]")
        List<@NotNull @Size(max = 60) @Pattern(regexp = BENEFICIARIES,
                message = "must be a beneficiary of the data.gouv.fr schema")
        String> beneficiaries,
        @NotNull AidRecurrence recurrence,
        @Size(max = 18) List<@NotNull @Size(max = 2) @Pattern(regexp = "^\\d{2}$",
        message = "must be an INSEE region code") String> regions,
        @Size(max = 101) List<@NotNull @Size(max = 3) @Pattern(regexp = "^(\\d{2}|2[AB]|97\\d)$",
                message = "must be an INSEE département code") String> departements,
        LocalDate opensOn,
        LocalDate closesOn,
        @Valid EligibilityRules rules,
        @PositiveOrZero @Max(100) @Schema(description = "Share of the eligible costs covered, at most, in %",
                examples = "70") Integer ratePercent,
        @PositiveOrZero @Max(Range.MAX) @Schema(description = "Largest amount of aid, in euros", examples = "30000")
        Long maxAmountEur,
        @Size(max = 20) @Schema(description = "The terms that stood before today's, oldest first; eligibility on an"
                + " earlier date applies them") List<@NotNull @Valid AidTerms> earlierTerms,
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") @Size(max = 500)
        @Schema(description = "Official page") String sourceUrl,
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") @Size(max = 500)
        String procedureUrl,
        @Size(max = 500) String contact,
        @Schema(description = "The day the source was last read and found to match; missing: never checked, and the"
                + " aid is due for review", examples = "2026-12-06") LocalDate checkedOn,
        @Schema(description = "How sure the facts are; TO_CONFIRM when missing") SourceConfidence confidence) {

    /** The beneficiaries the data.gouv.fr schema allows. */
    public static final String BENEFICIARIES = "^(Communes|EPCI à fiscalité propre|Départements|Régions|Associations"
            + "|Particuliers|Agriculteurs|Entreprises privées|Entreprises publiques locales \\(Sem, Spl, SemOp\\)"
            + "|Établissements publics - Services de l'État|Recherche)$";

    /** What is left out is none: an absent list is empty, absent rules are none, an unstated confidence is low. */
    public AidDraft {
        carrierSirens = carrierSirens == null ? List.of() : carrierSirens;
        beneficiaries = beneficiaries == null ? List.of() : beneficiaries;
        regions = regions == null ? List.of() : regions;
        departements = departements == null ? List.of() : departements;
        rules = rules == null ? EligibilityRules.none() : rules;
        earlierTerms = earlierTerms == null ? List.of() : earlierTerms;
        confidence = confidence == null ? SourceConfidence.TO_CONFIRM : confidence;
    }
}
