package fr.boussole.directory.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rule of an aid applied to a company profile: met, failed, or unknown for want of a fact. */
@Schema(name = "RuleCheck")
public record RuleCheck(
        @Schema(examples = "employees") String rule,
        Outcome outcome,
        @Schema(description = "Why, in the language of the request") String detail) {

    public enum Outcome {
        MET, FAILED, UNKNOWN
    }
}
