package fr.boussole.directory.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.Range;

/**
 * What an SME says about itself to learn which aids it may get. Every fact is optional: an aid whose rule needs a
 * missing fact comes out partially eligible, naming it.
 */
@Schema(name = "CompanyProfile")
public record CompanyProfile(
        @PositiveOrZero @Max(10_000_000) @Schema(description = "Headcount (full-time equivalents)", examples = "40")
        Integer employees,
        @PositiveOrZero @Max(Range.MAX) @Schema(description = "Annual revenue in euros", examples = "3500000")
        Long revenueEur,
        @Schema(description = "Date the company was created", examples = "2019-03-01") LocalDate createdOn,
        @Pattern(regexp = "^\\d{2}$", message = "must be an INSEE region code of two digits") @Size(max = 2)
        @Schema(description = "INSEE region code; deduced from the département when missing", examples = "11")
        String region,
        @Pattern(regexp = "^(\\d{2}|2[AB]|97\\d)$", message = "must be an INSEE département code") @Size(max = 3)
        @Schema(description = "INSEE département code", examples = "75") String departement,
        @Pattern(regexp = "^\\d{2}\\.\\d{2}[A-Z]$", message = "must be a NAF rév. 2 code such as 62.01Z") @Size(max = 6)
        @Schema(description = "NAF rév. 2 code of the main activity", examples = "62.01Z") String naf,
        @Schema(description = "Has the company ever received an innovation aid?") Boolean everReceivedInnovationAid,
        @Schema(description = "Date of the last innovation aid received", examples = "2025-06-30")
        LocalDate lastInnovationAidOn,
        @Schema(description = "Does the company carry an innovative project?") Boolean innovativeProject,
        @Schema(description = "Date the eligibility is judged on; today when missing") LocalDate asOf) {
}
