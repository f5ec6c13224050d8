package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Which of the guide's aids a company may get, and why: one case per seeded aid, and bad profiles refused. */
@QuarkusTest
class EligibilityTest {

    private static final String ELIGIBILITY = "/api/v1/directory/eligibility";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    /** The seeded aids; curators' tests may add others. */
    private static final List<String> SEEDED = List.of("bourse-french-tech", "innov-up", "diagnostic-data-ia",
            "diagnostic-innovation", "credit-impot-recherche", "credit-impot-innovation", "jeune-entreprise-innovante");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A young Île-de-France SME of 40 people with an innovative project, never helped for innovation. */
    private static Map<String, Object> parisSme() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("employees", 40);
        profile.put("revenueEur", 3_500_000);
        profile.put("createdOn", "2026-04-01");
        profile.put("departement", "75");
        profile.put("naf", "62.01Z");
        profile.put("everReceivedInnovationAid", false);
        profile.put("innovativeProject", true);
        profile.put("asOf", AS_OF.toString());
        return profile;
    }

    private static JsonPath judge(Map<String, Object> profile) {
        return given().contentType("application/json").body(profile).when().post(ELIGIBILITY)
                .then().statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
    }

    private static String status(JsonPath report, String aid) {
        return report.getString("items.find { it.aidId == '" + aid + "' }.status");
    }

    @Test
    void anIleDeFranceSmeOfFortyIsEligibleToInnovUpALyonOneIsNot() {
        JsonPath paris = judge(parisSme());
        assertThat(status(paris, "innov-up")).isEqualTo("ELIGIBLE");
        assertThat(paris.getString("asOf")).isEqualTo("2026-11-26");

        Map<String, Object> lyon = parisSme();
        lyon.put("departement", "69");
        JsonPath report = judge(lyon);
        assertThat(status(report, "innov-up")).isEqualTo("NOT_ELIGIBLE");
        assertThat(report.getList("items.find { it.aidId == 'innov-up' }.failed.rule")).containsExactly("zone");
    }

    @Test
    void aRecentInnovationAidExcludesDiagnosticInnovationAndAnUnknownHistoryLeavesItOpen() {
        Map<String, Object> helped = parisSme();
        helped.remove("everReceivedInnovationAid");
        helped.put("lastInnovationAidOn", AS_OF.minusMonths(12).toString());
        JsonPath report = judge(helped);
        assertThat(status(report, "diagnostic-innovation")).isEqualTo("NOT_ELIGIBLE");
        assertThat(report.getString("items.find { it.aidId == 'diagnostic-innovation' }.failed[0].rule"))
                .isEqualTo("noRecentInnovationAid");

        Map<String, Object> longAgo = parisSme();
        longAgo.remove("everReceivedInnovationAid");
        longAgo.put("lastInnovationAidOn", AS_OF.minusMonths(30).toString());
        assertThat(status(judge(longAgo), "diagnostic-innovation")).isEqualTo("ELIGIBLE");

        Map<String, Object> unknown = parisSme();
        unknown.remove("everReceivedInnovationAid");
        JsonPath partial = judge(unknown);
        assertThat(status(partial, "diagnostic-innovation")).isEqualTo("PARTIALLY_ELIGIBLE");
        assertThat(partial.getList("items.find { it.aidId == 'diagnostic-innovation' }.unknownFacts"))
                .containsExactly("lastInnovationAidOn");
    }

    @Test
    void eachSeededAidHasItsOwnDecisiveRule() {
        JsonPath small = judge(parisSme());
        for (String aid : SEEDED) {
            assertThat(status(small, aid)).as(aid).isEqualTo("ELIGIBLE");
        }

        Map<String, Object> midSized = parisSme();
        midSized.put("employees", 120);
        JsonPath report = judge(midSized);
        assertThat(status(report, "bourse-french-tech")).isEqualTo("NOT_ELIGIBLE");
        assertThat(status(report, "innov-up")).isEqualTo("ELIGIBLE");
        assertThat(status(report, "credit-impot-innovation")).isEqualTo("ELIGIBLE");

        Map<String, Object> large = parisSme();
        large.put("employees", 300);
        report = judge(large);
        for (String aid : List.of("innov-up", "diagnostic-innovation", "credit-impot-innovation")) {
            assertThat(status(report, aid)).as(aid).isEqualTo("NOT_ELIGIBLE");
        }
        for (String aid : List.of("credit-impot-recherche", "diagnostic-data-ia")) {
            assertThat(status(report, aid)).as(aid).isEqualTo("ELIGIBLE");
        }

        Map<String, Object> notInnovative = parisSme();
        notInnovative.put("innovativeProject", false);
        report = judge(notInnovative);
        assertThat(status(report, "bourse-french-tech")).isEqualTo("NOT_ELIGIBLE");
        assertThat(status(report, "credit-impot-innovation")).isEqualTo("NOT_ELIGIBLE");
        assertThat(status(report, "diagnostic-innovation")).isEqualTo("ELIGIBLE");
    }

    /** The metal workshop: 25 people in the Rhône, machining (NAF 25.62A), created in 2008. */
    @Test
    void aMachiningWorkshopOfTwentyFiveCreatedIn2008GetsNoAidForYoungCompaniesAndSeesTheDataAiDiagnosis() {
        Map<String, Object> workshop = new HashMap<>();
        workshop.put("employees", 25);
        workshop.put("createdOn", "2008-09-01");
        workshop.put("departement", "69");
        workshop.put("naf", "25.62A");
        workshop.put("asOf", AS_OF.toString());
        JsonPath report = judge(workshop);

        assertThat(status(report, "bourse-french-tech")).isEqualTo("NOT_ELIGIBLE");
        assertThat(report.getList("items.find { it.aidId == 'bourse-french-tech' }.failed.rule"))
                .containsExactly("companyAgeMonths");
        assertThat(status(report, "jeune-entreprise-innovante")).isEqualTo("NOT_ELIGIBLE");
        assertThat(status(report, "innov-up")).isEqualTo("NOT_ELIGIBLE");
        assertThat(status(report, "diagnostic-data-ia")).isEqualTo("ELIGIBLE");
        assertThat(report.getString("items.find { it.aidId == 'diagnostic-data-ia' }.confidence")).isEqualTo("MEDIUM");
        assertThat(report.getString("items.find { it.aidId == 'diagnostic-data-ia' }.checkedOn")).isNotBlank();
        assertThat(report.getString("items.find { it.aidId == 'diagnostic-data-ia' }.sourceUrl"))
                .startsWith("https://");
        assertThat(report.<String>getList("items.status")).isSortedAccordingTo((a, b) -> order(a) - order(b));
        assertThat(report.getList("items.findAll { it.status == 'ELIGIBLE' }.aidId"))
                .doesNotContain("bourse-french-tech", "jeune-entreprise-innovante", "innov-up");
    }

    @Test
    void anEarlierDateIsJudgedUnderTheTermsThatThenStood() {
        Map<String, Object> sme = parisSme();
        sme.put("createdOn", "2015-01-01");
        sme.put("asOf", "2024-06-30");
        JsonPath in2024 = judge(sme);
        String cii = "items.find { it.aidId == 'credit-impot-innovation' }";
        assertThat(status(in2024, "credit-impot-innovation")).isEqualTo("ELIGIBLE");
        assertThat(in2024.getInt(cii + ".ratePercent")).isEqualTo(30);
        assertThat(in2024.getLong(cii + ".maxAmountEur")).isEqualTo(120_000L);
        assertThat(in2024.getList(cii + ".checks.rule")).contains("terms");
        assertThat(in2024.getString(cii + ".checks.find { it.rule == 'terms' }.detail")).contains("2025-01-01");

        sme.put("asOf", "2025-01-01");
        JsonPath since2025 = judge(sme);
        assertThat(since2025.getInt(cii + ".ratePercent")).isEqualTo(20);
        assertThat(since2025.getList(cii + ".checks.rule")).doesNotContain("terms");

        sme.put("asOf", "2022-03-01");
        assertThat(judge(sme).getInt(cii + ".ratePercent")).isEqualTo(20);

        sme.put("asOf", "2028-01-01");
        assertThat(status(judge(sme), "credit-impot-innovation")).isEqualTo("EXPIRED");
    }

    @Test
    void eligibleAidsComeFirstAndUnknownFactsAreNamed() {
        Map<String, Object> lyon = parisSme();
        lyon.put("departement", "69");
        List<String> statuses = judge(lyon).getList("items.status");
        assertThat(statuses).isSortedAccordingTo((a, b) -> order(a) - order(b));

        JsonPath empty = judge(Map.of("asOf", AS_OF.toString()));
        assertThat(status(empty, "credit-impot-recherche")).isEqualTo("ELIGIBLE");
        assertThat(empty.getList("items.find { it.aidId == 'innov-up' }.unknownFacts"))
                .containsExactlyInAnyOrder("region", "employees", "innovativeProject");
        assertThat(empty.getString("items.find { it.aidId == 'credit-impot-recherche' }.otherConditions"))
                .startsWith("Dépenses de recherche");
    }

    @Test
    void theReportIsPagedAndCountsEachStatus() {
        Map<String, Object> large = parisSme();
        large.put("employees", 300);
        JsonPath all = given().contentType("application/json").body(large).queryParam("size", 100)
                .when().post(ELIGIBILITY).then().statusCode(200).extract().jsonPath();
        List<String> statuses = all.getList("items.status");
        assertThat(all.getLong("total")).isEqualTo(statuses.size()).isGreaterThanOrEqualTo(SEEDED.size());
        for (String status : List.of("ELIGIBLE", "PARTIALLY_ELIGIBLE", "NOT_ELIGIBLE", "EXPIRED")) {
            assertThat(all.getLong("counts." + status)).as(status)
                    .isEqualTo(statuses.stream().filter(status::equals).count());
        }
        long notEligible = all.getLong("counts.NOT_ELIGIBLE");
        assertThat(notEligible).isGreaterThanOrEqualTo(4);

        Response second = given().contentType("application/json").body(large).queryParam("status", "not_eligible")
                .queryParam("size", 3).queryParam("page", 1)
                .when().post(ELIGIBILITY);
        assertThat(second.headers().getValues("Link")).anySatisfy(link -> assertThat(link).contains("rel=\"prev\""));
        second.then().statusCode(200)
                .body("total", equalTo((int) notEligible))
                .body("items.status", everyItem(equalTo("NOT_ELIGIBLE")))
                .body("items", hasSize((int) Math.min(3, notEligible - 3)));
        given().contentType("application/json").body(large).queryParam("size", 101)
                .when().post(ELIGIBILITY).then().statusCode(400);
    }

    private static int order(String status) {
        return List.of("ELIGIBLE", "PARTIALLY_ELIGIBLE", "NOT_ELIGIBLE", "EXPIRED").indexOf(status);
    }

    @Test
    void answersInTheLanguageAsked() {
        Map<String, Object> lyon = parisSme();
        lyon.put("departement", "69");
        given().header("Accept-Language", "en").contentType("application/json").body(lyon)
                .when().post(ELIGIBILITY)
                .then().statusCode(200).header("Content-Language", "en")
                .body("items.find { it.aidId == 'credit-impot-recherche' }.name", equalTo("Research tax credit (CIR)"))
                .body("items.find { it.aidId == 'innov-up' }.failed[0].detail", startsWith("Only for area 11"));
    }

    @Test
    void badProfilesAreRefusedFieldByField() {
        Map<String, Object> bad = parisSme();
        bad.put("departement", "99");
        bad.put("naf", "6201");
        bad.put("employees", -3);
        given().contentType("application/json").body(bad).when().post(ELIGIBILITY)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("naf", "employees"));

        Map<String, Object> unknownDepartement = parisSme();
        unknownDepartement.put("departement", "99");
        given().contentType("application/json").body(unknownDepartement).when().post(ELIGIBILITY)
                .then().statusCode(400).body("errors.field", contains("departement"));

        Map<String, Object> contradictory = parisSme();
        contradictory.put("region", "84");
        contradictory.put("createdOn", AS_OF.plusDays(1).toString());
        contradictory.put("lastInnovationAidOn", "2025-01-01");
        given().contentType("application/json").body(contradictory).when().post(ELIGIBILITY)
                .then().statusCode(400)
                .body("errors.field", hasItems("region", "createdOn", "everReceivedInnovationAid"));

        Map<String, Object> beyondTheContract = parisSme();
        beyondTheContract.put("employees", 10_000_001);
        beyondTheContract.put("revenueEur", 1_000_000_000_001L);
        given().contentType("application/json").body(beyondTheContract).when().post(ELIGIBILITY)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("employees", "revenueEur"));

        Map<String, Object> unknownField = parisSme();
        unknownField.put("turnover", 3);
        given().contentType("application/json").body(unknownField).when().post(ELIGIBILITY)
                .then().statusCode(400).body("detail", equalTo("Unknown field 'turnover'"));
        given().contentType("text/plain").body("x").when().post(ELIGIBILITY).then().statusCode(415);
    }
}
