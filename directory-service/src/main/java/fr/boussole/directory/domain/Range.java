package fr.boussole.directory.domain;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bounds, both included; a missing bound does not limit. */
@Schema(name = "Range")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Range(@PositiveOrZero @Max(MAX) Long min, @PositiveOrZero @Max(MAX) Long max) {

    /** Beyond any headcount, revenue in euros or age in months a rule needs (a thousand billion). */
    public static final long MAX = 1_000_000_000_000L;

    @JsonIgnore
    @AssertTrue(message = "min must not be greater than max")
    public boolean isOrdered() {
        return min == null || max == null || min <= max;
    }

    public boolean contains(long value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
