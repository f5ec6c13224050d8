package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Curators write aids and their rules; rules are checked on write, and eligibility follows at once. */
@QuarkusTest
class FundingAidCurationTest {

    private static final String AIDS = "/api/v1/directory/aids";
    private static final String ELIGIBILITY = "/api/v1/directory/eligibility";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    /** A Corsican aid for very small companies, listed after the guide's. */
    private static Map<String, Object> aid(String id, int maxEmployees) {
        Map<String, Object> aid = new HashMap<>();
        aid.put("id", id);
        aid.put("position", 9000);
        aid.put("fr", Map.of("name", "Aide d'essai " + id, "description", "Aide de test."));
        aid.put("en", Map.of("name", "Test aid " + id, "description", "A test aid."));
        aid.put("carriers", List.of("Collectivité de Corse"));
        aid.put("aidTypes", List.of("SUBSIDY"));
        aid.put("beneficiaries", List.of("Entreprises privées"));
        aid.put("recurrence", "RECURRING");
        aid.put("regions", List.of("94"));
        aid.put("closesOn", "2027-12-31");
        aid.put("rules", Map.of("employees", Map.of("max", maxEmployees), "nafExcluded", List.of("01")));
        aid.put("sourceUrl", "https://aides.example.org/essai");
        return aid;
    }

    private static String statusFor(String aid, int employees) {
        return given().contentType("application/json")
                .body(Map.of("employees", employees, "departement", "2A", "naf", "62.01Z", "asOf", "2026-11-26"))
                .queryParam("size", 100)
                .when().post(ELIGIBILITY).then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.aidId == '" + aid + "' }.status");
    }

    @Test
    void anAidAndItsRulesAreWrittenAndEligibilityFollowsAtOnce() {
        String id = "essai-" + Long.toHexString(System.nanoTime());
        Response created = as("curator.alice").body(aid(id, 9)).when().post(AIDS);
        created.then().statusCode(201).header("Location", AIDS + "/" + id).header("ETag", "\"0-fr\"")
                .body("rules.employees.max", equalTo(9));
        assertThat(statusFor(id, 5)).isEqualTo("ELIGIBLE");
        assertThat(statusFor(id, 20)).isEqualTo("NOT_ELIGIBLE");

        as("admin.ops").body(aid(id, 49)).when().put(AIDS + "/" + id).then().statusCode(428);
        as("admin.ops").header("If-Match", "\"3-fr\"").body(aid(id, 49)).when().put(AIDS + "/" + id)
                .then().statusCode(412);
        as("admin.ops").header("If-Match", created.header("ETag")).body(aid(id, 49)).when().put(AIDS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1-fr\"").body("rules.employees.max", equalTo(49));
        assertThat(statusFor(id, 20)).isEqualTo("ELIGIBLE");

        as("curator.bruno").body(aid(id, 9)).when().post(AIDS).then().statusCode(409);
    }

    @Test
    void everyChangeOfAnAidIsKeptFieldByFieldForCurators() {
        String id = "essai-" + Long.toHexString(System.nanoTime());
        String tag = as("curator.alice").body(aid(id, 9)).when().post(AIDS).then().statusCode(201).extract()
                .header("ETag");
        String second = as("admin.ops").header("If-Match", tag).body(aid(id, 49)).when().put(AIDS + "/" + id)
                .then().statusCode(200).extract().header("ETag");
        // the same content again changes nothing worth a line
        as("admin.ops").header("If-Match", second).body(aid(id, 49)).when().put(AIDS + "/" + id).then()
                .statusCode(200);

        as("curator.bruno").when().get(AIDS + "/" + id + "/history").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("total", equalTo(2))
                .body("items.action", contains("EDITED", "CREATED"))
                .body("items.actor", contains("admin.ops", "curator.alice"))
                .body("items[0].changes.'rules.employees.max'.before", equalTo(9))
                .body("items[0].changes.'rules.employees.max'.after", equalTo(49))
                .body("items[0].changes", aMapWithSize(1))
                .body("items[1].changes.'fr.name'.after", equalTo("Aide d'essai " + id));
        as("curator.bruno").when().get(AIDS + "/nulle-part/history").then().statusCode(404);
        as("advisor.lyon").when().get(AIDS + "/" + id + "/history").then().statusCode(403);
        given().when().get(AIDS + "/" + id + "/history").then().statusCode(401);
    }

    @Test
    void rulesAndFieldsAreCheckedOnWrite() {
        String id = "essai-" + Long.toHexString(System.nanoTime());
        Map<String, Object> bad = aid(id, 9);
        bad.put("rules", Map.of("employees", Map.of("min", 50, "max", 10), "nafIncluded", List.of("6X"),
                "noInnovationAidWithinMonths", 0));
        bad.put("beneficiaries", List.of("Martiens"));
        bad.put("carrierSirens", List.of("123456789"));
        bad.put("aidTypes", List.of());
        as("curator.alice").body(bad).when().post(AIDS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("rules.nafIncluded[0]", "rules.noInnovationAidWithinMonths",
                        "beneficiaries[0]", "carrierSirens[0]", "aidTypes"))
                .body("errors.field", hasItem(startsWith("rules.employees")));

        Map<String, Object> places = aid(id, 9);
        places.put("regions", List.of("99"));
        places.put("departements", List.of("20"));
        places.put("opensOn", "2028-01-01");
        as("curator.alice").body(places).when().post(AIDS).then().statusCode(400)
                .body("errors.field", hasItems("regions[0]", "departements[0]", "closesOn"));

        Map<String, Object> unknownRule = aid(id, 9);
        unknownRule.put("rules", Map.of("horoscope", "lion"));
        as("curator.alice").body(unknownRule).when().post(AIDS).then().statusCode(400)
                .body("detail", equalTo("Unknown field 'rules.horoscope'"));
        given().when().get(AIDS + "/" + id).then().statusCode(404);
    }

    @Test
    void anAidNeverCheckedOrCheckedOverAYearAgoIsDueForReviewUntilACuratorRecordsANewCheck() {
        String reviews = "/api/v1/directory/curation/aids/review-due";
        String stale = "essai-" + Long.toHexString(System.nanoTime());
        Map<String, Object> checkedLongAgo = aid(stale, 9);
        checkedLongAgo.put("checkedOn", LocalDate.now().minusMonths(13).toString());
        checkedLongAgo.put("confidence", "HIGH");
        String tag = as("curator.alice").body(checkedLongAgo).when().post(AIDS).then().statusCode(201)
                .body("confidence", equalTo("HIGH")).extract().header("ETag");
        String fresh = "essai-" + Long.toHexString(System.nanoTime());
        Map<String, Object> checkedToday = aid(fresh, 9);
        checkedToday.put("checkedOn", LocalDate.now().toString());
        as("curator.alice").body(checkedToday).when().post(AIDS).then().statusCode(201)
                .body("confidence", equalTo("TO_CONFIRM"));

        JsonPath due = as("curator.bruno").queryParam("size", 100).when().get(reviews).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();
        List<String> ids = due.getList("items.aidId");
        assertThat(ids).contains(stale, "diagnostic-innovation").doesNotContain(fresh, "diagnostic-data-ia");
        // never checked first, then the oldest check
        assertThat(ids.indexOf("diagnostic-innovation")).isLessThan(ids.indexOf(stale));
        assertThat(due.getString("items.find { it.aidId == '" + stale + "' }.dueSince"))
                .isEqualTo(LocalDate.now().minusMonths(13).plusMonths(12).toString());
        assertThat(due.getString("items.find { it.aidId == 'diagnostic-innovation' }.checkedOn")).isNull();

        checkedLongAgo.put("checkedOn", LocalDate.now().toString());
        as("curator.alice").header("If-Match", tag).body(checkedLongAgo).when().put(AIDS + "/" + stale).then()
                .statusCode(200).body("checkedOn", equalTo(LocalDate.now().toString()));
        as("curator.bruno").queryParam("size", 100).when().get(reviews).then().statusCode(200)
                .body("items.aidId", not(hasItem(stale)));

        as("advisor.lyon").when().get(reviews).then().statusCode(403);
        given().when().get(reviews).then().statusCode(401);
    }

    @Test
    void aCheckInTheFutureAndEarlierTermsOutOfOrderAreRefused() {
        String id = "essai-" + Long.toHexString(System.nanoTime());
        Map<String, Object> bad = aid(id, 9);
        bad.put("checkedOn", LocalDate.now().plusDays(10).toString());
        bad.put("ratePercent", 101);
        bad.put("earlierTerms", List.of(Map.of("until", "2025-01-01", "ratePercent", 30),
                Map.of("until", "2023-01-01", "ratePercent", 20), Map.of("ratePercent", 10)));
        as("curator.alice").body(bad).when().post(AIDS).then().statusCode(400)
                .body("errors.field", hasItems("ratePercent", "earlierTerms[2].until"));
        bad.put("ratePercent", 20);
        bad.put("earlierTerms", List.of(Map.of("until", "2025-01-01", "ratePercent", 30),
                Map.of("until", "2023-01-01", "ratePercent", 20)));
        as("curator.alice").body(bad).when().post(AIDS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("checkedOn", "earlierTerms[1].until"));
        given().when().get(AIDS + "/" + id).then().statusCode(404);
    }

    @Test
    void onlyCuratorsAndAdminsWriteAids() {
        given().contentType("application/json").body(aid("intrus", 9)).when().post(AIDS).then().statusCode(401);
        as("sme.paris").body(aid("intrus", 9)).when().post(AIDS).then().statusCode(403);
        as("advisor.lyon").header("If-Match", "\"1\"").body(aid("innov-up", 9)).when().put(AIDS + "/innov-up")
                .then().statusCode(403);
    }
}
