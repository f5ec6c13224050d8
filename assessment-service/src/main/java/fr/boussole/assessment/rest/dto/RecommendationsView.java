package fr.boussole.assessment.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the company should do next, composed from its answers and scores and from the catalogue and the directory.
 * When a neighbour service cannot answer, the rest still comes: {@code degraded} is true and {@code missing} says
 * which sections are empty and why.
 */
@Schema(name = "Recommendations")
public record RecommendationsView(
        UUID assessment,
        @Schema(description = "Made from a draft's answers so far") boolean provisional,
        @Schema(description = "The partner types that fit, the best first, with the guide's time to a first test")
        List<PartnerTypeAdvice> partnerTypes,
        @Schema(description = "Use cases of the company's sector and functions, best fit first") List<UseCaseAdvice> useCases,
        @Schema(description = "Funding aids judged against the company's profile, eligible first") List<AidAdvice> aids,
        @Schema(description = "Ecosystem contacts near the company: CCI, cluster, lab, school, tech transfer, hub")
        List<PartnerRef> ecosystem,
        @Schema(nullable = true,
                description = "The GDPR checklist, when the project processes personal data; absent otherwise")
        List<ChecklistItem> gdprChecklist,
        @Schema(description = "The guide's five first pitfalls and where the company stands") List<ChecklistItem> pitfalls,
        @Schema(description = "How many companies like this one use AI (its headcount band, its activity), to set its"
                + " level beside; none when its headcount is unknown") List<AdoptionBenchmark> adoption,
        boolean degraded,
        List<Missing> missing) {

    @Schema(name = "PartnerTypeAdvice")
    public record PartnerTypeAdvice(
            @Schema(examples = "turnkey-solution-provider") String kind,
            @Schema(examples = "Fournisseur de solution clé en main") String name,
            @Schema(nullable = true, description = "Typical months to a first test, per the guide", examples = "1")
            Integer minMonths,
            @Schema(nullable = true, examples = "3") Integer maxMonths,
            String why,
            @Schema(description = "Published partners of this kind serving the company's area") List<PartnerRef> partners) {
    }

    @Schema(name = "PartnerRef")
    public record PartnerRef(@Schema(examples = "cci-lyon-metropole") String slug,
            @Schema(examples = "cci-professional-federation") String kind, String name,
            @Schema(nullable = true) String website) {
    }

    @Schema(name = "UseCaseAdvice")
    public record UseCaseAdvice(
            @Schema(examples = "chatbot") String slug,
            String title,
            String summary,
            @Schema(description = "How well the company meets the use case's prerequisites, 0-100 (each dimension"
                    + " counts its score against the one required, up to it)", examples = "92") int fit,
            @Schema(description = "Dimensions below the use case's prerequisite") List<Gap> gaps,
            boolean personalData,
            @Schema(nullable = true,
                    description = "HR, HEALTH, BANKING_CREDIT or JUSTICE: decisions that directly affect people")
            String criticalDomain,
            @Schema(description = "For a critical domain, the explicability and bias checks it needs")
            List<String> checks,
            @Schema(description = "How much it is the company's: 3 for its own sector, 2 per chosen function it serves,"
                    + " 1 for data the company has; use cases come by relevance, then fit", examples = "6")
            int relevance,
            @Schema(description = "Why it is recommended, in words: sector, functions, data, readiness")
            List<String> reasons,
            @Schema(nullable = true, description = "Its EU AI Act category for the company that uses it, why, and"
                    + " the duties that follow with their dates; missing while the catalogue has not classified it")
            AiActAdvice aiAct) {

        @Schema(name = "PrerequisiteGap")
        public record Gap(@Schema(examples = "data") String dimension, @Schema(examples = "60") int required,
                @Schema(examples = "45") int yours) {
        }
    }

    @Schema(name = "AiActAdvice")
    public record AiActAdvice(
            @Schema(description = "PROHIBITED, HIGH_RISK, TRANSPARENCY or MINIMAL", examples = "HIGH_RISK")
            String category,
            String reasoning,
            @Schema(description = "The duties of the company that uses it, oldest first") List<AiActDuty> duties,
            @Schema(description = "The Commission's AI Act Service Desk and Compliance Checker")
            String serviceDeskUrl) {
    }

    @Schema(name = "AiActDuty")
    public record AiActDuty(@Schema(examples = "transparency") String code, String title,
            @Schema(examples = "2026-08-02") LocalDate appliesFrom) {
    }

    @Schema(name = "AdoptionBenchmark")
    public record AdoptionBenchmark(
            @Schema(examples = "insee-10-49") String code,
            @Schema(examples = "Entreprises françaises de 10 à 49 personnes") String population,
            @Schema(description = "FR or EU", examples = "FR") String area,
            @Schema(description = "Share of them that use AI, in %", examples = "9") double ratePercent,
            @Schema(description = "Year the figure describes", examples = "2024") int year,
            String source,
            @Schema(nullable = true) String sourceUrl,
            LocalDate checkedOn,
            @Schema(description = "HIGH, MEDIUM, or TO_CONFIRM (to show as unconfirmed)") String confidence) {

        /** The share as people write it: 9, 30.4. */
        public String percentText() {
            return ratePercent == Math.rint(ratePercent) ? String.valueOf((long) ratePercent)
                    : String.valueOf(ratePercent);
        }
    }

    @Schema(name = "AidAdvice")
    public record AidAdvice(
            @Schema(examples = "diagnostic-innovation") String aidId,
            String name,
            @Schema(examples = "ELIGIBLE") String status,
            @Schema(description = "Facts the directory could not judge") List<String> unknownFacts,
            @Schema(description = "Rules not met") List<String> failed,
            @Schema(nullable = true) String sourceUrl,
            @Schema(nullable = true, description = "The day the aid's source was last checked; missing: never")
            LocalDate checkedOn,
            @Schema(nullable = true, description = "HIGH, MEDIUM or TO_CONFIRM (to show as unconfirmed)",
                    examples = "MEDIUM") String confidence) {
    }

    /**
     * A point of the catalogue's guidance judged from the answers. Its words and source are missing only while the
     * catalogue's guidance could not be read (then {@code missing} names the section).
     */
    @Schema(name = "ChecklistItem")
    public record ChecklistItem(
            @Schema(examples = "dpo") String code,
            @Schema(nullable = true, examples = "Savoir si un DPO est obligatoire") String title,
            @Schema(nullable = true) String text,
            @Schema(description = "MET, PARTLY, NOT_MET or TO_CHECK", examples = "NOT_MET") String status,
            @Schema(description = "The answers the status comes from") List<String> basedOn,
            @Schema(nullable = true, description = "Where the point comes from") String source,
            @Schema(nullable = true) String sourceUrl,
            @Schema(nullable = true, description = "The day it was last checked against its source")
            LocalDate checkedOn,
            @Schema(nullable = true, description = "HIGH, MEDIUM or TO_CONFIRM (to show as unconfirmed)")
            String confidence) {
    }

    @Schema(name = "MissingSection")
    public record Missing(
            @Schema(examples = "useCases") String section,
            @Schema(examples = "catalogue-service") String source,
            @Schema(examples = "The catalogue could not be reached") String reason) {
    }
}
