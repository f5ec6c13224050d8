package fr.boussole.catalogue.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The minimum readiness score (0-100) an SME should reach on each dimension of the self-assessment before starting
 * this use case.
 */
@Schema(name = "Prerequisites")
public record Prerequisites(
        @Min(0) @Max(100) @Schema(examples = "60") int data,
        @Min(0) @Max(100) @Schema(examples = "30") int skills,
        @Min(0) @Max(100) @Schema(examples = "30") int funding,
        @Min(0) @Max(100) @Schema(examples = "40") int strategy,
        @Min(0) @Max(100) @Schema(examples = "80") int ethics) {
}
