package fr.boussole.directory.domain;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an aid gave and asked before a date: the rules and amounts that stood until {@code until} (excluded), so that
 * eligibility on a past date answers as the aid then was (the CII at 30 % in 2023 and 2024, 20 % since).
 */
@Schema(name = "AidTerms")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AidTerms(
        // a string in the JSON column too, whatever the persistence layer's mapper does with dates
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(description = "These terms applied before this day", examples = "2025-01-01") LocalDate until,
        @Valid @Schema(description = "The rules then; none when missing") EligibilityRules rules,
        @PositiveOrZero @Max(100) @Schema(description = "Share of the eligible costs covered, at most, in %",
                examples = "30") Integer ratePercent,
        @PositiveOrZero @Max(Range.MAX) @Schema(description = "Largest amount of aid, in euros")
        Long maxAmountEur) {

    /** Absent rules are none. */
    public AidTerms {
        rules = rules == null ? EligibilityRules.none() : rules;
    }
}
