package fr.boussole.assessment.service.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import fr.boussole.assessment.client.EligibilityReport;
import fr.boussole.assessment.client.GuidanceDocument;
import fr.boussole.assessment.client.NeighbourServices;
import fr.boussole.assessment.client.PartnerPage;
import fr.boussole.assessment.client.UseCasePage;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.rest.dto.RecommendationsView.Missing;
import fr.boussole.assessment.rest.dto.RecommendationsView.UseCaseAdvice;
import fr.boussole.assessment.rest.dto.RecommendationsView;
import fr.boussole.assessment.scoring.Answer;
import fr.boussole.assessment.scoring.Question;
import fr.boussole.assessment.scoring.QuestionnaireDefinition;
import fr.boussole.assessment.scoring.Readiness;
import fr.boussole.assessment.scoring.ReadinessScoring;
import fr.boussole.assessment.service.AssessmentService;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.commons.i18n.Language;

/**
 * Turns an assessment into a plan: use cases and the guide's GDPR points and pitfalls come from the catalogue, aids
 * and contacts from the directory, called in parallel through {@link NeighbourServices}; {@link RecommendationRules} makes the plan of them and of the answers.
 * A neighbour that fails leaves its sections empty and named in {@code missing}: the answer still comes.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RecommendationService {

    private static final Logger LOG = Logger.getLogger(RecommendationService.class);

    static final List<String> SOLUTION_PROVIDERS = List.of("turnkey-solution-provider", "platform-solution-provider",
            "data-solution-provider", "ai-consulting-firm");
    static final List<String> ECOSYSTEM = List.of("cci-professional-federation", "competitiveness-cluster",
            "research-lab", "school-university", "tech-transfer-network", "association-hub");
    /** Use cases fetched per assessment; the best fits of them are recommended. */
    static final int USE_CASES_FETCHED = 50;

    static final String CATALOGUE = "catalogue-service";
    static final String DIRECTORY = "directory-service";

    private final AssessmentService assessments;
    private final NeighbourServices neighbours;
    private final RecommendationRules rules;
    private final RecommendationGuide guide;
    private final NafSectors nafSectors;
    private final AdoptionBenchmarks adoption;
    private final ManagedExecutor executor;

    RecommendationService(AssessmentService assessments, NeighbourServices neighbours, RecommendationRules rules,
            RecommendationGuide guide, NafSectors nafSectors, AdoptionBenchmarks adoption, ManagedExecutor executor) {
        this.assessments = assessments;
        this.neighbours = neighbours;
        this.rules = rules;
        this.guide = guide;
        this.nafSectors = nafSectors;
        this.adoption = adoption;
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
        List<String> functions = answers.containsKey("functions") ? answers.get("functions").codes() : List.of();
        RecommendationRules.CompanyFacts company = companyFacts(loaded.questionnaire(), answers, language);
        List<String> sectors = List.copyOf(company.sectors());
        String region = RecommendationRules.code(answers, "region");
        String departement = RecommendationRules.text(answers, "departement");

        CompletableFuture<UseCasePage> useCases = sectors.isEmpty() ? null
                : call(() -> neighbours.useCases(sectors, functions, USE_CASES_FETCHED, lang));
        CompletableFuture<PartnerPage> providers = call(() -> neighbours.partners(SOLUTION_PROVIDERS, region,
                departement, 100, lang));
        CompletableFuture<PartnerPage> ecosystem = call(() -> neighbours.partners(ECOSYSTEM, region, departement, 20,
                lang));
        CompletableFuture<EligibilityReport> aids = call(() -> neighbours.eligibility(
                RecommendationRules.eligibilityProfile(answers), 100, lang));
        CompletableFuture<GuidanceDocument> guidance = call(() -> neighbours.guidance(lang));

        List<Missing> missing = new ArrayList<>();
        List<UseCaseAdvice> useCaseAdvice = List.of();
        if (useCases == null) {
            missing.add(new Missing("useCases", CATALOGUE, guide.note("use-cases-need-sector").in(language)));
        } else {
            UseCasePage found = await(useCases, "useCases", CATALOGUE, missing);
            useCaseAdvice = found == null ? List.of() : rules.useCases(found, scores, company, language);
        }
        PartnerPage providersFound = await(providers, "partnerTypes.partners", DIRECTORY, missing);
        PartnerPage ecosystemFound = await(ecosystem, "ecosystem", DIRECTORY, missing);
        EligibilityReport aidsFound = await(aids, "aids", DIRECTORY, missing);
        GuidanceDocument guidanceFound = await(guidance, "guidance", CATALOGUE, missing);

        return new RecommendationsView(loaded.assessment().id, provisional,
                rules.partnerTypes(answers, scores, providersFound, language),
                useCaseAdvice,
                aidsFound == null ? List.of() : RecommendationRules.aids(aidsFound),
                RecommendationRules.partners(ecosystemFound),
                rules.gdprChecklist(answers, guidanceFound),
                rules.pitfalls(answers, guidanceFound),
                adoption.forCompany(RecommendationRules.count(answers, "employees"),
                        RecommendationRules.text(answers, "naf"), RecommendationRules.code(answers, "sector"), language),
                !missing.isEmpty(), missing);
    }

    /**
     * The company as the ranking of use cases reads it: the sector its NAF code gives (when it gave one the guide
     * knows) and the one it answered, the functions it chose and the data it has, named in the caller's language.
     */
    private RecommendationRules.CompanyFacts companyFacts(QuestionnaireDefinition questionnaire,
            Map<String, Answer> answers, Language language) {
        String naf = RecommendationRules.text(answers, "naf");
        String nafSector = nafSectors.sectorOf(naf).orElse(null);
        Set<String> sectors = new LinkedHashSet<>();
        if (nafSector != null) {
            sectors.add(nafSector);
        }
        String answered = RecommendationRules.code(answers, "sector");
        if (answered != null) {
            sectors.add(answered);
        }
        Map<String, String> functions = new LinkedHashMap<>();
        Map<String, List<String>> data = new LinkedHashMap<>();
        functions.putAll(optionNames(questionnaire, answers, "functions", language));
        optionNames(questionnaire, answers, "data-available", language)
                .forEach((code, name) -> data.put(name, guide.dataKinds(code)));
        return new RecommendationRules.CompanyFacts(sectors, nafSector == null ? null : naf, nafSector, functions,
                data);
    }

    /** The options the company chose for a question, code to name in the language asked. */
    private static Map<String, String> optionNames(QuestionnaireDefinition questionnaire, Map<String, Answer> answers,
            String question, Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        Answer answer = answers.get(question);
        Question asked = questionnaire.question(question);
        if (answer == null || asked == null || answer.codes() == null) {
            return names;
        }
        for (String code : answer.codes()) {
            asked.option(code).ifPresent(option -> names.put(code, option.label().in(language)));
        }
        return names;
    }

    private <T> CompletableFuture<T> call(Supplier<T> request) {
        return CompletableFuture.supplyAsync(request, executor);
    }

    /** The neighbour's answer, or null with the section named in {@code missing}. */
    private static <T> T await(CompletableFuture<T> pending, String section, String source, List<Missing> missing) {
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
}
