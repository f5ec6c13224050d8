package fr.boussole.directory.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The checkable conditions of an aid, as data. A missing rule does not restrict. Where the aid is offered (regions
 * and départements) and when (opening and closing dates) are the aid's own fields.
 */
@Schema(name = "EligibilityRules")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EligibilityRules(
        @Valid @Schema(description = "Headcount (full-time equivalents)") Range employees,
        @Valid @Schema(description = "Annual revenue in euros") Range revenueEur,
        @Valid @Schema(description = "Months since the company was created") Range companyAgeMonths,
        @Schema(description = "NAF rév. 2 codes or prefixes the activity must start with (any of them)",
                examples = "62") @Size(max = 100) List<@NotNull @Size(max = 6) @Pattern(regexp = NAF_PREFIX) String>
        nafIncluded,
        @Schema(description = "NAF rév. 2 codes or prefixes excluded") @Size(max = 100)
        List<@NotNull @Size(max = 6) @Pattern(regexp = NAF_PREFIX) String> nafExcluded,
        @Positive @Max(240) @Schema(description = "No innovation aid received within this many months")
        Integer noInnovationAidWithinMonths,
        @Schema(description = "The company must carry an innovative project") boolean innovativeProjectRequired) {

    /** A NAF code (62.01Z) or the start of one: division (62), group (62.0), class (62.01). */
    public static final String NAF_PREFIX = "^\\d{2}(\\.\\d{1,2}[A-Z]?)?$";

    /** What is left out is none: an absent list is empty. */
    public EligibilityRules {
        nafIncluded = nafIncluded == null ? List.of() : nafIncluded;
        nafExcluded = nafExcluded == null ? List.of() : nafExcluded;
    }

    public static EligibilityRules none() {
        return new EligibilityRules(null, null, null, List.of(), List.of(), null, false);
    }
}
