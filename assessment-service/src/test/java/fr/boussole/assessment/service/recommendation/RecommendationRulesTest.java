package fr.boussole.assessment.service.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.assessment.client.CompanyProfile;
import fr.boussole.assessment.client.EligibilityReport;
import fr.boussole.assessment.client.GuidanceDocument;
import fr.boussole.assessment.client.EligibilityReport.AidEligibility;
import fr.boussole.assessment.client.EligibilityReport.RuleCheck;
import fr.boussole.assessment.client.PartnerPage;
import fr.boussole.assessment.client.UseCasePage;
import fr.boussole.assessment.rest.dto.RecommendationsView.ChecklistItem;
import fr.boussole.assessment.rest.dto.RecommendationsView.PartnerTypeAdvice;
import fr.boussole.assessment.rest.dto.RecommendationsView.UseCaseAdvice;
import fr.boussole.assessment.scoring.Answer;
import fr.boussole.commons.i18n.Language;

/**
 * The rules that make a plan, with the neighbours' answers given as the typed pages the clients read (no service
 * runs): partner types, the fit of use cases and its ranking, aids, the GDPR checklist, pitfalls, and the company
 * profile sent to the directory. The guide is the one the service ships.
 */
class RecommendationRulesTest {

    /** The catalogue's guidance as the rules get it: each point judged here, with words naming it. */
    private static final GuidanceDocument GUIDANCE = new GuidanceDocument(
            RecommendationRules.GDPR_POINTS.stream().map(RecommendationRulesTest::point).toList(),
            RecommendationRules.PITFALLS.stream().map(RecommendationRulesTest::point).toList());

    private static GuidanceDocument.Point point(String code) {
        return new GuidanceDocument.Point(code, code + " title", code.equals("dpo") ? "Vérifier (art. 37)" : code,
                "GDPR", null, LocalDate.of(2026, 12, 6), "HIGH");
    }

    private final RecommendationGuide guide = new RecommendationGuide(new ObjectMapper());
    private final RecommendationRules rules = new RecommendationRules(guide);

    private static Map<String, Integer> scores(int data, int skills, int funding, int strategy, int ethics) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("data", data);
        scores.put("skills", skills);
        scores.put("funding", funding);
        scores.put("strategy", strategy);
        scores.put("ethics", ethics);
        return scores;
    }

    private static Map<String, Answer> answers(Object... questionsAndAnswers) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < questionsAndAnswers.length; i += 2) {
            answers.put((String) questionsAndAnswers[i], (Answer) questionsAndAnswers[i + 1]);
        }
        return answers;
    }

    /** A company the ranking knows nothing of: use cases come by fit alone. */
    private static final RecommendationRules.CompanyFacts NOTHING_KNOWN = new RecommendationRules.CompanyFacts(
            Set.of(), null, null, Map.of(), Map.of());

    private static UseCasePage.UseCase useCase(String slug, Map<String, Integer> prerequisites, String critical) {
        return new UseCasePage.UseCase(slug, "Titre " + slug, "Résumé", false, critical, prerequisites, List.of(),
                List.of(), true, List.of(), null);
    }

    private static UseCasePage.UseCase useCase(String slug, List<String> sectors, List<String> functions,
            List<String> dataKinds, Map<String, Integer> prerequisites) {
        return new UseCasePage.UseCase(slug, "Titre " + slug, "Résumé", false, null, prerequisites, sectors,
                functions, sectors.isEmpty(), dataKinds, null);
    }

    @Test
    void theBuildModeChoosesThePartnerTypeAndWeakDataAddsADataProvider() {
        Map<String, Integer> ready = scores(80, 80, 80, 80, 80);
        assertThat(RecommendationRules.partnerRules(answers("build-mode", new Answer.Choice("buy")), ready))
                .containsExactly("buy");
        assertThat(RecommendationRules.partnerRules(answers(), ready)).containsExactly("undecided");
        assertThat(RecommendationRules.partnerRules(answers("build-mode", new Answer.Choice("co-build")), ready))
                .containsExactly("co-build");
        assertThat(RecommendationRules.partnerRules(answers("build-mode", new Answer.Choice("in-house"),
                "ai-skills", new Answer.Choice("yes")), ready)).containsExactly("in-house-skilled");
        assertThat(RecommendationRules.partnerRules(answers("build-mode", new Answer.Choice("in-house"),
                "ai-skills", new Answer.Choice("no")), ready)).containsExactly("in-house-unskilled");
        assertThat(RecommendationRules.partnerRules(answers("build-mode", new Answer.Choice("buy")),
                scores(49, 80, 80, 80, 80))).containsExactly("buy", "data-work");
        assertThat(RecommendationRules.partnerRules(answers("build-mode", new Answer.Choice("buy"),
                "data-gap", new Answer.Choice("unknown")), ready)).containsExactly("buy", "data-work");
    }

    @Test
    void eachPartnerTypeListsAtMostThreePartnersOfItsKindAndNoneWithoutTheDirectory() {
        List<PartnerPage.Partner> partners = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> partners.add(new PartnerPage.Partner("cle-" + i,
                "turnkey-solution-provider", "Clé " + i, null)));
        partners.add(new PartnerPage.Partner("donnees", "data-solution-provider", "Données", "https://d.example.org"));
        Map<String, Answer> answers = answers("build-mode", new Answer.Choice("buy"));
        Map<String, Integer> weakData = scores(20, 80, 80, 80, 80);

        List<PartnerTypeAdvice> advice = rules.partnerTypes(answers, weakData, new PartnerPage(partners), Language.EN);

        assertThat(advice).extracting(PartnerTypeAdvice::kind)
                .containsExactly("turnkey-solution-provider", "data-solution-provider");
        assertThat(advice.get(0).partners()).extracting(partner -> partner.slug())
                .containsExactly("cle-0", "cle-1", "cle-2");
        assertThat(advice.get(0).name()).isEqualTo("Turnkey solution provider");
        assertThat(advice.get(1).partners()).singleElement().extracting(partner -> partner.website())
                .isEqualTo("https://d.example.org");
        assertThat(rules.partnerTypes(answers, weakData, null, Language.FR))
                .allSatisfy(type -> assertThat(type.partners()).isEmpty());
    }

    @Test
    void theFitIsTheMeanOfEachDimensionsScoreAgainstItsNeedCappedAtOne() {
        List<UseCaseAdvice.Gap> gaps = new ArrayList<>();
        int fit = RecommendationRules.fit(Map.of("data", 60, "skills", 40, "funding", 0, "strategy", 20,
                "ethics", 100), scores(30, 40, 10, 80, 50), gaps);
        // data 30/60 = 0.5, skills 1, funding 1 (nothing needed), strategy 1, ethics 0.5: mean 0.8
        assertThat(fit).isEqualTo(80);
        assertThat(gaps).containsExactly(new UseCaseAdvice.Gap("data", 60, 30),
                new UseCaseAdvice.Gap("ethics", 100, 50));
        assertThat(RecommendationRules.fit(null, scores(0, 0, 0, 0, 0), new ArrayList<>())).isEqualTo(100);
    }

    @Test
    void useCasesAreRankedByFitKeepingTheCataloguesOrderAmongEqualsAndOnlyTheTenBestStay() {
        List<UseCasePage.UseCase> page = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            page.add(useCase("egal-" + i, Map.of("data", 50), null));
        }
        page.add(useCase("ideal", Map.of(), null));
        page.add(useCase("sante", Map.of("ethics", 100), "HEALTH"));

        List<UseCaseAdvice> advice = rules.useCases(new UseCasePage(page), scores(40, 80, 80, 80, 80),
                NOTHING_KNOWN, Language.FR);

        assertThat(advice).hasSize(10);
        assertThat(advice).extracting(UseCaseAdvice::slug).startsWith("ideal", "egal-0", "egal-1")
                .doesNotContain("sante");
        assertThat(advice.get(1).fit()).isEqualTo(96);
        List<UseCaseAdvice> health = rules.useCases(new UseCasePage(List.of(useCase("sante", Map.of(), "HEALTH"))),
                scores(80, 80, 80, 80, 80), NOTHING_KNOWN, Language.EN);
        assertThat(health.get(0).checks()).isNotEmpty().hasSameSizeAs(guide.criticalChecks());
    }

    /** Issue #20: a machining shop was offered pharmaceutical R&D and traffic prediction before machining. */
    @Test
    void theCompanysOwnSectorFunctionsAndDataComeBeforeABetterFitAndEachUseCaseSaysWhy() {
        UseCasePage page = new UseCasePage(List.of(
                useCase("trafic", List.of(), List.of("logistique"), List.of("GEODATA"), Map.of("strategy", 100)),
                useCase("pieces-defectueuses", List.of("industrie"), List.of("production"), List.of("IMAGES"),
                        Map.of("data", 90)),
                useCase("maintenance", List.of(), List.of("production"), List.of("SENSOR_IOT"), Map.of("data", 60)),
                useCase("energie", List.of(), List.of("production"), List.of("AUDIO"), Map.of())));
        RecommendationRules.CompanyFacts workshop = new RecommendationRules.CompanyFacts(Set.of("industrie"),
                "25.62A", "industrie", Map.of("production", "Production", "logistique", "Logistique"),
                Map.of("Production, machines, capteurs", List.of("SENSOR_IOT", "TABULAR"),
                        "Images et vidéos", List.of("IMAGES", "VIDEO")));

        List<UseCaseAdvice> advice = rules.useCases(page, scores(60, 80, 80, 80, 80), workshop, Language.FR);

        // its sector (3) + production (2) + images (1); then production with its data; production; logistics
        assertThat(advice).extracting(UseCaseAdvice::slug)
                .containsExactly("pieces-defectueuses", "maintenance", "energie", "trafic");
        assertThat(advice).extracting(UseCaseAdvice::relevance).containsExactly(6, 3, 2, 2);
        // a better fit does not outrank what is the company's; among equals it does
        assertThat(advice).extracting(UseCaseAdvice::fit).containsExactly(93, 100, 100, 96);
        assertThat(advice.get(0).reasons()).containsExactly(
                "Propre à votre secteur, déduit de votre code NAF 25.62A",
                "Sert une fonction que vous avez choisie : Production",
                "S'appuie sur des données que vous avez : Images et vidéos",
                "Vos prérequis sont réunis à 93 %");
        assertThat(rules.useCases(page, scores(60, 80, 80, 80, 80), workshop, Language.EN).get(1).reasons())
                .containsExactly("Serves a function you chose: Production",
                        "Builds on data you have: Production, machines, capteurs",
                        "You meet 100% of its prerequisites");
    }

    @Test
    void aUseCasesAiActReadingAndDutiesGoIntoThePlanAsTheCatalogueGivesThem() {
        UseCasePage.AiAct highRisk = new UseCasePage.AiAct("HIGH_RISK", "Recruter est à haut risque",
                List.of(new UseCasePage.Duty("ai-literacy", "Maîtrise de l'IA", LocalDate.of(2025, 2, 2)),
                        new UseCasePage.Duty("high-risk-annex-iii", "Haut risque", LocalDate.of(2027, 12, 2))),
                "https://ai-act-service-desk.ec.europa.eu/");
        UseCasePage page = new UseCasePage(List.of(new UseCasePage.UseCase("tri-candidatures", "Tri", "Résumé", true,
                "HR", Map.of(), List.of(), List.of("ressources-humaines"), true, List.of("TEXT"), highRisk),
                useCase("sans-avis", Map.of(), null)));

        List<UseCaseAdvice> advice = rules.useCases(page, scores(80, 80, 80, 80, 80), NOTHING_KNOWN, Language.FR);

        assertThat(advice.get(0).aiAct().category()).isEqualTo("HIGH_RISK");
        assertThat(advice.get(0).aiAct().duties()).extracting(duty -> duty.appliesFrom().toString())
                .containsExactly("2025-02-02", "2027-12-02");
        assertThat(advice.get(0).aiAct().serviceDeskUrl()).startsWith("https://ai-act-service-desk.ec.europa.eu");
        assertThat(advice.get(1).aiAct()).isNull();
    }

    @Test
    void everyNafDivisionTheGuideKnowsLeadsToOneOfTheQuestionnairesSectors() {
        NafSectors naf = new NafSectors(new ObjectMapper());
        assertThat(naf.sectorOf("25.62A")).contains("industrie");
        assertThat(naf.sectorOf("21.20Z")).contains("sante");
        assertThat(naf.sectorOf("68.31Z")).contains("construction");
        assertThat(naf.sectorOf("84.11Z")).isEmpty();
        assertThat(naf.sectorOf(null)).isEmpty();
        List<String> sectors = List.of("agriculture", "commerce", "construction", "industrie", "sante",
                "banque-assurance", "tourisme-loisir", "transport-logistique", "tertiaire-superieur");
        assertThat(naf.divisions().values()).allMatch(sectors::contains);
        assertThat(naf.divisions()).hasSizeGreaterThan(70);
    }

    @Test
    void anAidsVerdictSaysWhatIsUnknownAndWhichRulesFailedInWords() {
        EligibilityReport report = new EligibilityReport(List.of(
                new AidEligibility("pret-ia", "Prêt IA", "PARTIALLY_ELIGIBLE", List.of("employees"), null,
                        "https://aides.example.org/pret-ia", LocalDate.of(2026, 12, 1), "HIGH"),
                new AidEligibility("jeune-pousse", "Jeune pousse", "NOT_ELIGIBLE", null,
                        List.of(new RuleCheck("age", "Créée il y a plus de 8 ans"), new RuleCheck("region", null)),
                        null, null, "TO_CONFIRM")));

        assertThat(RecommendationRules.aids(report)).satisfiesExactly(
                aid -> {
                    assertThat(aid.unknownFacts()).containsExactly("employees");
                    assertThat(aid.failed()).isEmpty();
                    assertThat(aid.sourceUrl()).isEqualTo("https://aides.example.org/pret-ia");
                    assertThat(aid.checkedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
                    assertThat(aid.confidence()).isEqualTo("HIGH");
                },
                aid -> {
                    assertThat(aid.unknownFacts()).isEmpty();
                    assertThat(aid.failed()).containsExactly("Créée il y a plus de 8 ans", "region");
                    assertThat(aid.confidence()).isEqualTo("TO_CONFIRM");
                });
    }

    @Test
    void theProfileSentToTheDirectoryReadsYearsCautiouslyAndLeavesOutWhatIsUnknown() {
        CompanyProfile profile = RecommendationRules.eligibilityProfile(answers(
                "employees", new Answer.Count(12), "region", new Answer.Choice("84"),
                "departement", new Answer.Text("69"), "creation-year", new Answer.Count(2019),
                "innovation-aid", new Answer.Choice("yes"), "innovation-aid-year", new Answer.Count(2024)));
        assertThat(profile).isEqualTo(new CompanyProfile(12, "84", "69", null, LocalDate.of(2019, 1, 1), true,
                LocalDate.of(2024, 12, 31), true));

        CompanyProfile unknown = RecommendationRules.eligibilityProfile(answers(
                "innovation-aid", new Answer.Choice("dont-know")));
        assertThat(unknown).isEqualTo(new CompanyProfile(null, null, null, null, null, null, null, true));
    }

    @Test
    void theGdprChecklistComesOnlyWithPersonalDataAndReadsTheComplianceScale() {
        assertThat(rules.gdprChecklist(answers("personal-data", new Answer.Choice("no")), GUIDANCE)).isNull();

        List<ChecklistItem> partly = rules.gdprChecklist(answers("personal-data", new Answer.Choice("yes"),
                "gdpr-compliance", new Answer.Count(2), "dpo", new Answer.Choice("no")), GUIDANCE);
        assertThat(partly).extracting(ChecklistItem::code)
                .containsExactly("register", "inform-people", "erasure", "dpo", "subcontractors", "cnil");
        assertThat(partly).extracting(ChecklistItem::status)
                // no DPO is not a gap: one is mandatory only in the cases of GDPR Art. 37
                .containsExactly("PARTLY", "PARTLY", "PARTLY", "TO_CHECK", "TO_CHECK", "TO_CHECK");
        assertThat(partly.get(3).text()).contains("art. 37");

        List<ChecklistItem> unsure = rules.gdprChecklist(answers("personal-data", new Answer.Choice("dont-know")),
                GUIDANCE);
        assertThat(unsure).extracting(ChecklistItem::status)
                .containsExactly("TO_CHECK", "TO_CHECK", "TO_CHECK", "TO_CHECK", "TO_CHECK", "TO_CHECK");
        assertThat(rules.gdprChecklist(answers("personal-data", new Answer.Choice("yes"),
                "gdpr-compliance", new Answer.Count(4), "dpo", new Answer.Choice("yes")), GUIDANCE))
                .extracting(ChecklistItem::status).startsWith("MET", "MET", "MET", "MET");
    }

    @Test
    void theChecklistsCarryTheCataloguesWordsAndSourceAndStillJudgeWithoutThem() {
        Map<String, Answer> given = answers("personal-data", new Answer.Choice("yes"),
                "gdpr-compliance", new Answer.Count(4));
        ChecklistItem register = rules.gdprChecklist(given, GUIDANCE).get(0);
        assertThat(register.title()).isEqualTo("register title");
        assertThat(register.source()).isEqualTo("GDPR");
        assertThat(register.checkedOn()).isEqualTo(LocalDate.of(2026, 12, 6));

        // the catalogue unread: the points judged here, with their status but without words
        List<ChecklistItem> unread = rules.gdprChecklist(given, null);
        assertThat(unread).extracting(ChecklistItem::code).isEqualTo(RecommendationRules.GDPR_POINTS);
        assertThat(unread.get(0).status()).isEqualTo("MET");
        assertThat(unread).extracting(ChecklistItem::text).containsOnlyNulls();
        assertThat(rules.pitfalls(answers(), null)).extracting(ChecklistItem::code)
                .isEqualTo(RecommendationRules.PITFALLS);

        // a point the catalogue adds before these rules judge it is shown, to check
        GuidanceDocument more = new GuidanceDocument(List.of(point("register"), point("ai-literacy")), List.of());
        assertThat(rules.gdprChecklist(given, more)).extracting(ChecklistItem::code, ChecklistItem::status)
                .containsExactly(tuple("register", "MET"),
                        tuple("ai-literacy", "TO_CHECK"));
    }

    /** Questionnaire version 3 asks whether the GDPR makes a DPO mandatory before asking whether there is one. */
    @Test
    void theDpoIsAGapOnlyWhenTheGdprRequiresOne() {
        assertThat(dpoItem("no", null).status()).isEqualTo("MET");
        assertThat(dpoItem("no", null).basedOn()).containsExactly("dpo-required", "dpo");
        assertThat(dpoItem("yes", "yes").status()).isEqualTo("MET");
        assertThat(dpoItem("yes", "no").status()).isEqualTo("NOT_MET");
        assertThat(dpoItem("dont-know", "no").status()).isEqualTo("TO_CHECK");
        assertThat(dpoItem("dont-know", "yes").status()).isEqualTo("MET");
    }

    private ChecklistItem dpoItem(String required, String appointed) {
        Map<String, Answer> given = new HashMap<>(answers("personal-data", new Answer.Choice("yes"),
                "dpo-required", new Answer.Choice(required)));
        if (appointed != null) {
            given.put("dpo", new Answer.Choice(appointed));
        }
        return rules.gdprChecklist(given, GUIDANCE).stream().filter(item -> item.code().equals("dpo"))
                .findFirst().orElseThrow();
    }

    @Test
    void pitfallsAreJudgedFromTheAnswersTheyNameAndNotAnsweringIsNotMeetingThem() {
        List<ChecklistItem> nothing = rules.pitfalls(answers(), GUIDANCE);
        assertThat(nothing).extracting(ChecklistItem::status).containsOnly("NOT_MET");

        List<ChecklistItem> prepared = rules.pitfalls(answers("objectives", new Answer.Choice("measurable"),
                "strategic-plan", new Answer.Choice("yes"), "leadership", new Answer.Count(4),
                "results-monitoring", new Answer.Choice("yes"), "staff-acceptance", new Answer.Count(3),
                "staff-appetite", new Answer.Count(1), "build-mode", new Answer.Choice("buy")), GUIDANCE);
        assertThat(prepared).extracting(ChecklistItem::code)
                .containsExactly("meaning", "leadership", "pilot-first", "change-management", "trusted-partners");
        assertThat(prepared).extracting(ChecklistItem::status)
                .containsExactly("MET", "MET", "MET", "PARTLY", "PARTLY");
        assertThat(prepared.get(3).basedOn()).containsExactly("staff-acceptance", "staff-appetite");
    }
}
