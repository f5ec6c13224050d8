package fr.boussole.assessment.client;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The directory's judgement of every aid against a company, as far as recommendations read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityReport(List<AidEligibility> items) {

    /**
     * @param status the directory's verdict (ELIGIBLE, PARTIALLY_ELIGIBLE, NOT_ELIGIBLE, EXPIRED), passed on as it is
     * @param unknownFacts the company's facts the missing checks need
     * @param failed the rules that failed
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AidEligibility(String aidId, String name, String status, List<String> unknownFacts,
            List<RuleCheck> failed, String sourceUrl, LocalDate checkedOn, String confidence) {
    }

    /** One rule's check; its detail is in the language asked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RuleCheck(String rule, String detail) {
    }
}
