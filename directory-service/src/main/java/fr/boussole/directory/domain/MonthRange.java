package fr.boussole.directory.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A duration range in months, e.g. the typical time to a first test. */
@Schema(name = "MonthRange")
public record MonthRange(
        @Min(1) @Max(36) @Schema(examples = "1") int minMonths,
        @Min(1) @Max(36) @Schema(examples = "3") int maxMonths) {
}
