package fr.boussole.catalogue.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The guide's advice readable on its own, in the caller's language: how to choose a partner, the ethics pillars,
 * the GDPR and the CNIL, the DPO, the first pitfalls, how to pay for a project, and what the EU AI Act asks of a
 * company that uses AI.
 */
@Schema(name = "Guidance")
public record GuidanceView(
        @Schema(description = "The eight criteria to choose a partner") List<GuidanceItem> partnerCriteria,
        @Schema(description = "The four pillars of an ethical AI") List<GuidanceItem> ethicsPillars,
        @Schema(description = "The GDPR: what it is, who it concerns, people's rights, processors, sanctions")
        List<GuidanceItem> gdpr,
        @Schema(description = "What a company does for the GDPR when a project processes personal data; the"
                + " assessment's checklist judges each of them from the answers")
        List<GuidanceItem> gdprChecklist,
        List<GuidanceItem> cnilMissions,
        @Schema(description = "When a data protection officer is mandatory") GuidanceItem dpo,
        @Schema(description = "The five first pitfalls to avoid") List<GuidanceItem> pitfalls,
        @Schema(description = "The ways to pay for a project: self-financing, a bank loan, public aids")
        List<GuidanceItem> financing,
        AiAct aiAct) {

    @Schema(name = "AiActGuidance")
    public record AiAct(
            @Schema(description = "The European Commission's AI Act Service Desk and Compliance Checker")
            String serviceDeskUrl,
            @Schema(description = "The categories of use, from prohibited to minimal risk")
            List<GuidanceItem> categories,
            @Schema(description = "The dates it applies from, oldest first; data, moved when the law moves")
            List<AiActMilestone> calendar) {
    }
}
