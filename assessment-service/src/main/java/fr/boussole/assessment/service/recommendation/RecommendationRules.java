package fr.boussole.assessment.service.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import fr.boussole.assessment.client.CompanyProfile;
import fr.boussole.assessment.client.EligibilityReport;
import fr.boussole.assessment.client.GuidanceDocument;
import fr.boussole.assessment.client.PartnerPage;
import fr.boussole.assessment.client.UseCasePage;
import fr.boussole.assessment.rest.dto.RecommendationsView.AiActAdvice;
import fr.boussole.assessment.rest.dto.RecommendationsView.AiActDuty;
import fr.boussole.assessment.rest.dto.RecommendationsView.AidAdvice;
import fr.boussole.assessment.rest.dto.RecommendationsView.ChecklistItem;
import fr.boussole.assessment.rest.dto.RecommendationsView.PartnerRef;
import fr.boussole.assessment.rest.dto.RecommendationsView.PartnerTypeAdvice;
import fr.boussole.assessment.rest.dto.RecommendationsView.UseCaseAdvice;
import fr.boussole.assessment.scoring.Answer;
import fr.boussole.commons.i18n.Language;

/**
 * What the answers and the neighbours' answers make of a plan, without calling anyone: the partner types for the
 * company's situation, how well each use case fits its readiness, the aids' verdicts, the GDPR checklist and the
 * pitfalls judged against the catalogue's guidance, from the guide's tables ({@link RecommendationGuide}).
 * {@link RecommendationService} gathers the inputs.
 */
@ApplicationScoped
public class RecommendationRules {

    static final int USE_CASES_RECOMMENDED = 10;
    static final int PARTNERS_PER_TYPE = 3;
    /** The GDPR points and pitfalls of the catalogue's guidance these rules judge from the answers. */
    static final List<String> GDPR_POINTS = List.of("register", "inform-people", "erasure", "dpo", "subcontractors",
            "cnil");
    static final List<String> PITFALLS = List.of("meaning", "leadership", "pilot-first", "change-management",
            "trusted-partners");

    private final RecommendationGuide guide;

    RecommendationRules(RecommendationGuide guide) {
        this.guide = guide;
    }

    /** The rules of {@code recommendation-guide.json} that apply, the most fitting first. */
    static List<String> partnerRules(Map<String, Answer> answers, Map<String, Integer> scores) {
        List<String> rules = new ArrayList<>();
        String mode = code(answers, "build-mode");
        if ("co-build".equals(mode)) {
            rules.add("co-build");
        } else if ("in-house".equals(mode)) {
            rules.add("yes".equals(code(answers, "ai-skills")) ? "in-house-skilled" : "in-house-unskilled");
        } else {
            rules.add("undecided".equals(mode) || mode == null ? "undecided" : "buy");
        }
        String gap = code(answers, "data-gap");
        if (scores.getOrDefault("data", 0) < 50 || "large".equals(gap) || "unknown".equals(gap)) {
            rules.add("data-work");
        }
        return rules;
    }

    /** The partner types the rules advise, each with up to three known partners of its kind (none when null). */
    List<PartnerTypeAdvice> partnerTypes(Map<String, Answer> answers, Map<String, Integer> scores,
            PartnerPage providers, Language language) {
        List<PartnerRef> known = partners(providers);
        return partnerRules(answers, scores).stream().map(guide::partnerAdvice).map(advice -> {
            RecommendationGuide.NameAndWhy text = language == Language.EN ? advice.en() : advice.fr();
            return new PartnerTypeAdvice(advice.kind(), text.name(), advice.minMonths(), advice.maxMonths(),
                    text.why(), known.stream().filter(partner -> advice.kind().equals(partner.kind()))
                            .limit(PARTNERS_PER_TYPE).toList());
        }).toList();
    }

    /** Each dimension counts min(1, score ÷ required); the fit is their mean, as a percentage. */
    static int fit(Map<String, Integer> prerequisites, Map<String, Integer> scores, List<UseCaseAdvice.Gap> gaps) {
        double sum = 0;
        int dimensions = 0;
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            Integer asked = prerequisites == null ? null : prerequisites.get(score.getKey());
            int required = asked == null ? 0 : asked;
            dimensions++;
            sum += required == 0 ? 1 : Math.min(1.0, (double) score.getValue() / required);
            if (score.getValue() < required) {
                gaps.add(new UseCaseAdvice.Gap(score.getKey(), required, score.getValue()));
            }
        }
        return dimensions == 0 ? 0 : (int) Math.round(100 * sum / dimensions);
    }

    /**
     * What the company brings to the ranking of use cases. {@code sectors}: its sectors (the one its NAF code gives,
     * and the one it answered); {@code naf}: the code, when it gave one its sector came from; {@code functions}: the
     * functions it chose, code to name; {@code data}: the data it has, name to the kinds of data it stands for.
     */
    public record CompanyFacts(Set<String> sectors, String naf, String nafSector, Map<String, String> functions,
            Map<String, List<String>> data) {
    }

    /**
     * The use cases an advisor would bring up first: those of the company's own sector before the transversal ones,
     * then those that serve more of its chosen functions and run on data it has ({@link #relevance}), then the best
     * fit with its readiness, then the catalogue's order; each says why, in words. Only the ten first stay.
     */
    List<UseCaseAdvice> useCases(UseCasePage page, Map<String, Integer> scores, CompanyFacts company,
            Language language) {
        record Ranked(UseCaseAdvice advice, int relevance) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (UseCasePage.UseCase useCase : page.items()) {
            List<UseCaseAdvice.Gap> gaps = new ArrayList<>();
            int fit = fit(useCase.prerequisites(), scores, gaps);
            String critical = useCase.criticalDomain();
            List<String> reasons = new ArrayList<>();
            int relevance = relevance(useCase, company, fit, reasons, language);
            ranked.add(new Ranked(new UseCaseAdvice(useCase.slug(), useCase.title(), useCase.summary(), fit, gaps,
                    useCase.personalData(), critical, critical == null ? List.of()
                            : guide.criticalChecks().stream().map(check -> check.text().in(language)).toList(),
                    relevance, reasons, aiAct(useCase.aiAct())), relevance));
        }
        ranked.sort(Comparator.comparingInt(Ranked::relevance).reversed()
                .thenComparing(Comparator.comparingInt((Ranked one) -> one.advice().fit()).reversed()));
        return ranked.stream().limit(USE_CASES_RECOMMENDED).map(Ranked::advice).toList();
    }

    /**
     * How much a use case is the company's: 3 when it is specific to the company's sector (a transversal one is
     * nobody's in particular), 2 per chosen function it serves, 1 when it runs on data the company has. The reasons
     * go to {@code reasons} in words, readiness last.
     */
    int relevance(UseCasePage.UseCase useCase, CompanyFacts company, int fit, List<String> reasons,
            Language language) {
        int relevance = 0;
        if (!useCase.transversal() && useCase.sectors().stream().anyMatch(company.sectors()::contains)) {
            relevance += 3;
            reasons.add(company.naf() != null && useCase.sectors().contains(company.nafSector())
                    ? fill(guide.note("reason-sector-naf").in(language), company.naf())
                    : guide.note("reason-sector").in(language));
        }
        List<String> served = useCase.functions().stream().filter(company.functions()::containsKey)
                .map(company.functions()::get).toList();
        if (!served.isEmpty()) {
            relevance += 2 * served.size();
            reasons.add(fill(guide.note("reason-function").in(language), String.join(", ", served)));
        }
        List<String> data = company.data().entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(useCase.dataKinds()::contains))
                .map(Map.Entry::getKey).toList();
        if (!data.isEmpty()) {
            relevance += 1;
            reasons.add(fill(guide.note("reason-data").in(language), String.join(", ", data)));
        }
        reasons.add(fill(guide.note("reason-readiness").in(language), String.valueOf(fit)));
        return relevance;
    }

    /** The catalogue's AI Act reading of a use case, as the plan shows it; null while not classified. */
    static AiActAdvice aiAct(UseCasePage.AiAct aiAct) {
        return aiAct == null ? null : new AiActAdvice(aiAct.category(), aiAct.reasoning(),
                aiAct.duties() == null ? List.of() : aiAct.duties().stream()
                        .map(duty -> new AiActDuty(duty.code(), duty.title(), duty.appliesFrom())).toList(),
                aiAct.serviceDeskUrl());
    }

    /** The text with {0}, {1}… replaced by the values. */
    public static String fill(String text, String... values) {
        String filled = text;
        for (int index = 0; index < values.length; index++) {
            filled = filled.replace("{" + index + "}", values[index]);
        }
        return filled;
    }

    /** The directory's verdicts; for each, what it still needs to know and the rules that failed, as texts. */
    static List<AidAdvice> aids(EligibilityReport report) {
        return report.items().stream().map(aid -> new AidAdvice(aid.aidId(), aid.name(), aid.status(),
                aid.unknownFacts() == null ? List.of() : List.copyOf(aid.unknownFacts()),
                aid.failed() == null ? List.of()
                        : aid.failed().stream().map(check -> check.detail() != null ? check.detail() : check.rule())
                                .toList(),
                aid.sourceUrl(), aid.checkedOn(), aid.confidence())).toList();
    }

    /** The partners of a page; none when there is no page (the directory did not answer). */
    static List<PartnerRef> partners(PartnerPage page) {
        return page == null ? List.of() : page.items().stream()
                .map(partner -> new PartnerRef(partner.slug(), partner.kind(), partner.name(), partner.website()))
                .toList();
    }

    /**
     * The company's facts the directory judges aids on. Years stand for dates: founded on 1 January (so never
     * younger than it is) and the last innovation aid on 31 December (so never older than it is), the cautious
     * reading for the guide's rules on young companies and on aids received within two years.
     */
    static CompanyProfile eligibilityProfile(Map<String, Answer> answers) {
        Long employees = count(answers, "employees");
        Long founded = count(answers, "creation-year");
        String aid = code(answers, "innovation-aid");
        Long lastAid = count(answers, "innovation-aid-year");
        return new CompanyProfile(
                employees == null ? null : Math.toIntExact(employees),
                code(answers, "region"),
                text(answers, "departement"),
                text(answers, "naf"),
                founded == null ? null : LocalDate.of(Math.toIntExact(founded), 1, 1),
                "yes".equals(aid) || "no".equals(aid) ? "yes".equals(aid) : null,
                lastAid == null ? null : LocalDate.of(Math.toIntExact(lastAid), 12, 31),
                // the assessment is about an AI project, an innovative project in the aids' sense
                true);
    }

    /**
     * The GDPR checklist when the project processes personal data (or the company does not know), else null: the
     * catalogue's points (null while it could not be read: then the points judged here, without their words), each
     * with its status from the answers; a point these rules do not judge is to check.
     */
    List<ChecklistItem> gdprChecklist(Map<String, Answer> answers, GuidanceDocument guidance) {
        String personal = code(answers, "personal-data");
        if (!"yes".equals(personal) && !"dont-know".equals(personal)) {
            return null;
        }
        Long compliance = count(answers, "gdpr-compliance");
        String complianceStatus = compliance == null ? "TO_CHECK"
                : compliance >= 3 ? "MET" : compliance >= 1 ? "PARTLY" : "NOT_MET";
        List<ChecklistItem> items = new ArrayList<>();
        for (String point : points(guidance == null ? null : guidance.gdprChecklist(), GDPR_POINTS)) {
            String status;
            List<String> basedOn;
            switch (point) {
                case "register", "inform-people", "erasure" -> {
                    status = complianceStatus;
                    basedOn = List.of("gdpr-compliance");
                }
                case "dpo" -> {
                    status = dpoStatus(code(answers, "dpo-required"), code(answers, "dpo"));
                    basedOn = answers.containsKey("dpo-required") ? List.of("dpo-required", "dpo") : List.of("dpo");
                }
                default -> {
                    status = "TO_CHECK";
                    basedOn = List.of("personal-data");
                }
            }
            items.add(item(point, guidance == null ? Optional.empty() : guidance.gdprPoint(point), status, basedOn));
        }
        return items;
    }

    /**
     * A DPO is mandatory only in the cases of GDPR Art. 37: appointed, or not required, is met; required and missing is
     * not; otherwise (not sure it is required, or questionnaire version 2, which did not ask) it is to check.
     */
    private static String dpoStatus(String required, String appointed) {
        if ("yes".equals(appointed) || "no".equals(required)) {
            return "MET";
        }
        return "yes".equals(required) && "no".equals(appointed) ? "NOT_MET" : "TO_CHECK";
    }

    List<ChecklistItem> pitfalls(Map<String, Answer> answers, GuidanceDocument guidance) {
        List<ChecklistItem> items = new ArrayList<>();
        for (String point : points(guidance == null ? null : guidance.pitfalls(), PITFALLS)) {
            String status;
            List<String> basedOn;
            switch (point) {
                case "meaning" -> {
                    String objectives = code(answers, "objectives");
                    boolean inPlan = "yes".equals(code(answers, "strategic-plan"));
                    status = "measurable".equals(objectives) && inPlan ? "MET"
                            : objectives == null || "none".equals(objectives) && !inPlan ? "NOT_MET" : "PARTLY";
                    basedOn = List.of("objectives", "strategic-plan");
                }
                case "leadership" -> {
                    status = scale(count(answers, "leadership"));
                    basedOn = List.of("leadership");
                }
                case "pilot-first" -> {
                    boolean monitored = "yes".equals(code(answers, "results-monitoring"));
                    String objectives = code(answers, "objectives");
                    boolean aimed = objectives != null && !"none".equals(objectives);
                    status = monitored && aimed ? "MET" : monitored || aimed ? "PARTLY" : "NOT_MET";
                    basedOn = List.of("results-monitoring", "objectives");
                }
                case "change-management" -> {
                    String acceptance = scale(count(answers, "staff-acceptance"));
                    String appetite = scale(count(answers, "staff-appetite"));
                    status = acceptance.equals(appetite) ? acceptance
                            : "NOT_MET".equals(acceptance) && "NOT_MET".equals(appetite) ? "NOT_MET" : "PARTLY";
                    basedOn = List.of("staff-acceptance", "staff-appetite");
                }
                case "trusted-partners" -> {
                    String mode = code(answers, "build-mode");
                    status = mode == null || "undecided".equals(mode) ? "NOT_MET" : "PARTLY";
                    basedOn = List.of("build-mode");
                }
                default -> {
                    status = "TO_CHECK";
                    basedOn = List.of();
                }
            }
            items.add(item(point, guidance == null ? Optional.empty() : guidance.pitfall(point), status, basedOn));
        }
        return items;
    }

    /** The catalogue's points in its order, or the points judged here while it could not be read. */
    private static List<String> points(List<GuidanceDocument.Point> fromCatalogue, List<String> judged) {
        return fromCatalogue == null ? judged : fromCatalogue.stream().map(GuidanceDocument.Point::code).toList();
    }

    private static ChecklistItem item(String code, Optional<GuidanceDocument.Point> point, String status,
            List<String> basedOn) {
        return point.map(found -> new ChecklistItem(code, found.title(), found.text(), status, basedOn,
                found.source(), found.sourceUrl(), found.checkedOn(), found.confidence()))
                .orElseGet(() -> new ChecklistItem(code, null, null, status, basedOn, null, null, null, null));
    }

    /** A 0-4 answer: 3 or more is met, 2 partly, less (or no answer) not. */
    private static String scale(Long value) {
        return value == null || value < 2 ? "NOT_MET" : value >= 3 ? "MET" : "PARTLY";
    }

    static String code(Map<String, Answer> answers, String question) {
        Answer answer = answers.get(question);
        return answer == null || answer.codes().isEmpty() ? null : answer.codes().get(0);
    }

    static String text(Map<String, Answer> answers, String question) {
        return answers.get(question) instanceof Answer.Text text ? text.value() : null;
    }

    static Long count(Map<String, Answer> answers, String question) {
        return answers.get(question) instanceof Answer.Count count ? count.value() : null;
    }
}
