package fr.boussole.assessment.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.boussole.assessment.client.NeighbourServices;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.rest.dto.RecommendationsView;
import fr.boussole.assessment.rest.dto.RecommendationsView.AidAdvice;
import fr.boussole.assessment.rest.dto.RecommendationsView.ChecklistItem;
import fr.boussole.assessment.rest.dto.RecommendationsView.Missing;
import fr.boussole.assessment.rest.dto.RecommendationsView.PartnerRef;
import fr.boussole.assessment.rest.dto.RecommendationsView.PartnerTypeAdvice;
import fr.boussole.assessment.rest.dto.RecommendationsView.UseCaseAdvice;
import fr.boussole.assessment.scoring.Answer;
import fr.boussole.assessment.scoring.Readiness;
import fr.boussole.assessment.scoring.ReadinessScoring;
import fr.boussole.commons.i18n.Language;

/**
 * Turns an assessment into a plan. What follows from the answers alone (partner types, GDPR checklist, pitfalls) is
 * decided here; use cases come from the catalogue, aids and contacts from the directory, called in parallel through
 * {@link NeighbourServices}. A neighbour that fails leaves its sections empty and named in {@code missing}: the
 * answer still comes.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class Recommendations {

    private static final Logger LOG = Logger.getLogger(Recommendations.class);

    static final List<String> SOLUTION_PROVIDERS = List.of("turnkey-solution-provider", "platform-solution-provider",
            "data-solution-provider", "ai-consulting-firm");
    static final List<String> ECOSYSTEM = List.of("cci-professional-federation", "competitiveness-cluster",
            "research-lab", "school-university", "tech-transfer-network", "association-hub");
    /** Use cases fetched per assessment; the best fits of them are recommended. */
    static final int USE_CASES_FETCHED = 50;
    static final int USE_CASES_RECOMMENDED = 10;
    static final int PARTNERS_PER_TYPE = 3;

    static final String CATALOGUE = "catalogue-service";
    static final String DIRECTORY = "directory-service";

    private final AssessmentService assessments;
    private final NeighbourServices neighbours;
    private final RecommendationGuide guide;
    private final ManagedExecutor executor;

    Recommendations(AssessmentService assessments, NeighbourServices neighbours, RecommendationGuide guide,
            ManagedExecutor executor) {
        this.assessments = assessments;
        this.neighbours = neighbours;
        this.guide = guide;
        this.executor = executor;
    }

    public RecommendationsView recommend(Caller caller, UUID id, Language language) {
        return recommend(assessments.read(caller, id, false, AssessmentService.Purpose.RECOMMENDATIONS), language);
    }

    /** The recommendations of an assessment already read. */
    public RecommendationsView recommend(AssessmentService.Loaded loaded, Language language) {
        Map<String, Answer> answers = loaded.answers();
        boolean provisional = loaded.assessment().status == AssessmentStatus.DRAFT;
        Readiness readiness = provisional ? ReadinessScoring.score(loaded.questionnaire(), answers)
                : loaded.assessment().readiness;
        Map<String, Integer> scores = new LinkedHashMap<>();
        readiness.dimensions().forEach(dimension -> scores.put(dimension.dimension(), dimension.score()));
        String lang = language.code();
        String sector = code(answers, "sector");
        List<String> functions = answers.containsKey("functions") ? answers.get("functions").codes() : List.of();
        String region = code(answers, "region");
        String departement = text(answers, "departement");

        CompletableFuture<JsonNode> useCases = sector == null ? null
                : call(() -> neighbours.useCases(sector, functions, USE_CASES_FETCHED, lang));
        CompletableFuture<JsonNode> providers = call(() -> neighbours.partners(SOLUTION_PROVIDERS, region, departement,
                100, lang));
        CompletableFuture<JsonNode> ecosystem = call(() -> neighbours.partners(ECOSYSTEM, region, departement, 20,
                lang));
        CompletableFuture<JsonNode> aids = call(() -> neighbours.eligibility(eligibilityProfile(answers), 100, lang));

        List<Missing> missing = new ArrayList<>();
        List<UseCaseAdvice> useCaseAdvice = List.of();
        if (useCases == null) {
            missing.add(new Missing("useCases", CATALOGUE, language == Language.EN
                    ? "Answer the sector question to get use cases" : "Répondez à la question du secteur pour obtenir"
                            + " des cas d'usage"));
        } else {
            JsonNode found = await(useCases, "useCases", CATALOGUE, missing);
            useCaseAdvice = found == null ? List.of() : useCases(found, scores, language);
        }
        JsonNode providersFound = await(providers, "partnerTypes.partners", DIRECTORY, missing);
        JsonNode ecosystemFound = await(ecosystem, "ecosystem", DIRECTORY, missing);
        JsonNode aidsFound = await(aids, "aids", DIRECTORY, missing);

        return new RecommendationsView(loaded.assessment().id, provisional,
                partnerTypes(answers, scores, providersFound, language),
                useCaseAdvice,
                aidsFound == null ? List.of() : aids(aidsFound),
                ecosystemFound == null ? List.of() : partners(ecosystemFound.path("items")),
                gdprChecklist(answers, language),
                pitfalls(answers, language),
                !missing.isEmpty(), missing);
    }

    private CompletableFuture<JsonNode> call(Supplier<JsonNode> request) {
        return CompletableFuture.supplyAsync(request, executor);
    }

    /** The neighbour's answer, or null with the section named in {@code missing}. */
    private static JsonNode await(CompletableFuture<JsonNode> pending, String section, String source,
            List<Missing> missing) {
        try {
            return pending.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            missing.add(new Missing(section, source, "interrupted"));
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            String reason;
            if (cause instanceof CircuitBreakerOpenException) {
                reason = source + " failed repeatedly and is not called for a while";
            } else if (cause instanceof TimeoutException) {
                reason = source + " did not answer in time";
            } else if (cause instanceof WebApplicationException answer) {
                reason = source + " answered HTTP " + answer.getResponse().getStatus();
            } else if (cause instanceof ProcessingException) {
                reason = source + " could not be reached";
            } else {
                reason = source + " failed";
            }
            LOG.warnf("Recommendations without %s: %s (%s)", section, reason, String.valueOf(cause));
            missing.add(new Missing(section, source, reason));
        }
        return null;
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

    private List<PartnerTypeAdvice> partnerTypes(Map<String, Answer> answers, Map<String, Integer> scores,
            JsonNode providers, Language language) {
        List<PartnerRef> known = providers == null ? List.of() : partners(providers.path("items"));
        return partnerRules(answers, scores).stream().map(guide::partnerAdvice).map(advice -> {
            RecommendationGuide.NameAndWhy text = language == Language.EN ? advice.en() : advice.fr();
            return new PartnerTypeAdvice(advice.kind(), text.name(), advice.minMonths(), advice.maxMonths(),
                    text.why(), known.stream().filter(partner -> advice.kind().equals(partner.kind()))
                            .limit(PARTNERS_PER_TYPE).toList());
        }).toList();
    }

    /** Each dimension counts min(1, score ÷ required); the fit is their mean, as a percentage. */
    static int fit(JsonNode prerequisites, Map<String, Integer> scores, List<UseCaseAdvice.Gap> gaps) {
        double sum = 0;
        int dimensions = 0;
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            int required = prerequisites.path(score.getKey()).asInt(0);
            dimensions++;
            sum += required == 0 ? 1 : Math.min(1.0, (double) score.getValue() / required);
            if (score.getValue() < required) {
                gaps.add(new UseCaseAdvice.Gap(score.getKey(), required, score.getValue()));
            }
        }
        return dimensions == 0 ? 0 : (int) Math.round(100 * sum / dimensions);
    }

    private List<UseCaseAdvice> useCases(JsonNode page, Map<String, Integer> scores, Language language) {
        List<UseCaseAdvice> advice = new ArrayList<>();
        for (JsonNode useCase : page.path("items")) {
            List<UseCaseAdvice.Gap> gaps = new ArrayList<>();
            int fit = fit(useCase.path("prerequisites"), scores, gaps);
            String critical = useCase.path("criticalDomain").isTextual() ? useCase.path("criticalDomain").asText()
                    : null;
            advice.add(new UseCaseAdvice(useCase.path("slug").asText(), useCase.path("title").asText(),
                    useCase.path("summary").asText(), fit, gaps, useCase.path("personalData").asBoolean(), critical,
                    critical == null ? List.of()
                            : guide.criticalChecks().stream().map(check -> check.text().in(language)).toList()));
        }
        // stable: among equal fits the catalogue's order stays
        advice.sort(Comparator.comparingInt(UseCaseAdvice::fit).reversed());
        return List.copyOf(advice.subList(0, Math.min(USE_CASES_RECOMMENDED, advice.size())));
    }

    private static List<AidAdvice> aids(JsonNode report) {
        List<AidAdvice> aids = new ArrayList<>();
        for (JsonNode aid : report.path("items")) {
            aids.add(new AidAdvice(aid.path("aidId").asText(), aid.path("name").asText(), aid.path("status").asText(),
                    texts(aid.path("unknownFacts")), texts(aid.path("failed")), aid.path("sourceUrl").asText(null)));
        }
        return aids;
    }

    private static List<PartnerRef> partners(JsonNode items) {
        List<PartnerRef> partners = new ArrayList<>();
        for (JsonNode partner : items) {
            partners.add(new PartnerRef(partner.path("slug").asText(), partner.path("kind").asText(),
                    partner.path("name").asText(), partner.path("website").asText(null)));
        }
        return partners;
    }

    /**
     * The company's facts the directory judges aids on. Years stand for dates: founded on 1 January (so never
     * younger than it is) and the last innovation aid on 31 December (so never older than it is), the cautious
     * reading for the guide's rules on young companies and on aids received within two years.
     */
    static ObjectNode eligibilityProfile(Map<String, Answer> answers) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        Long employees = count(answers, "employees");
        if (employees != null) {
            profile.put("employees", employees);
        }
        if (code(answers, "region") != null) {
            profile.put("region", code(answers, "region"));
        }
        if (text(answers, "departement") != null) {
            profile.put("departement", text(answers, "departement"));
        }
        if (text(answers, "naf") != null) {
            profile.put("naf", text(answers, "naf"));
        }
        Long founded = count(answers, "creation-year");
        if (founded != null) {
            profile.put("createdOn", founded + "-01-01");
        }
        String aid = code(answers, "innovation-aid");
        if ("yes".equals(aid) || "no".equals(aid)) {
            profile.put("everReceivedInnovationAid", "yes".equals(aid));
        }
        Long lastAid = count(answers, "innovation-aid-year");
        if (lastAid != null) {
            profile.put("lastInnovationAidOn", lastAid + "-12-31");
        }
        // the assessment is about an AI project, an innovative project in the aids' sense
        profile.put("innovativeProject", true);
        return profile;
    }

    /** The GDPR checklist when the project processes personal data (or the company does not know), else null. */
    List<ChecklistItem> gdprChecklist(Map<String, Answer> answers, Language language) {
        String personal = code(answers, "personal-data");
        if (!"yes".equals(personal) && !"dont-know".equals(personal)) {
            return null;
        }
        Long compliance = count(answers, "gdpr-compliance");
        String complianceStatus = compliance == null ? "TO_CHECK"
                : compliance >= 3 ? "MET" : compliance >= 1 ? "PARTLY" : "NOT_MET";
        String dpo = code(answers, "dpo");
        List<ChecklistItem> items = new ArrayList<>();
        for (RecommendationGuide.Item item : guide.gdpr()) {
            String status;
            List<String> basedOn;
            switch (item.code()) {
                case "register", "inform-people", "erasure" -> {
                    status = complianceStatus;
                    basedOn = List.of("gdpr-compliance");
                }
                case "dpo" -> {
                    status = "yes".equals(dpo) ? "MET" : "no".equals(dpo) ? "NOT_MET" : "TO_CHECK";
                    basedOn = List.of("dpo");
                }
                default -> {
                    status = "TO_CHECK";
                    basedOn = List.of("personal-data");
                }
            }
            items.add(new ChecklistItem(item.code(), item.text().in(language), status, basedOn));
        }
        return items;
    }

    List<ChecklistItem> pitfalls(Map<String, Answer> answers, Language language) {
        List<ChecklistItem> items = new ArrayList<>();
        for (RecommendationGuide.Item item : guide.pitfalls()) {
            String status;
            List<String> basedOn;
            switch (item.code()) {
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
                default -> {
                    String mode = code(answers, "build-mode");
                    status = mode == null || "undecided".equals(mode) ? "NOT_MET" : "PARTLY";
                    basedOn = List.of("build-mode");
                }
            }
            items.add(new ChecklistItem(item.code(), item.text().in(language), status, basedOn));
        }
        return items;
    }

    /** A 0-4 answer: 3 or more is met, 2 partly, less (or no answer) not. */
    private static String scale(Long value) {
        return value == null || value < 2 ? "NOT_MET" : value >= 3 ? "MET" : "PARTLY";
    }

    /** Strings as they are; rule checks by their detail (or rule name). */
    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.isTextual() ? element.asText()
                : element.path("detail").asText(element.path("rule").asText())));
        return texts;
    }

    private static String code(Map<String, Answer> answers, String question) {
        Answer answer = answers.get(question);
        return answer == null || answer.codes().isEmpty() ? null : answer.codes().get(0);
    }

    private static String text(Map<String, Answer> answers, String question) {
        return answers.get(question) instanceof Answer.Text text ? text.value() : null;
    }

    private static Long count(Map<String, Answer> answers, String question) {
        return answers.get(question) instanceof Answer.Count count ? count.value() : null;
    }
}
