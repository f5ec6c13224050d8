package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The guide's advice and the AI Act read on their own, public and cacheable, every point sourced and dated. */
@QuarkusTest
class GuidanceTest {

    private static final String GUIDANCE = "/api/v1/catalogue/guidance";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theGuideIsCompleteInFrenchAndEnglish() {
        given().when().get(GUIDANCE).then().statusCode(200).header("Content-Language", "fr")
                .header("Cache-Control", "public, max-age=300")
                // the directory's evaluation criteria, now with words
                .body("partnerCriteria.code", contains("BUSINESS_NEEDS", "TOTAL_COST", "INTERNAL_TEAM", "TRUST",
                        "REPUTATION", "CLIENT_REFERENCES", "OFFER_QUALITY", "TRAINING"))
                .body("ethicsPillars.code", contains("human-autonomy", "non-maleficence", "fairness", "explicability"))
                .body("ethicsPillars[0].title", equalTo("Autonomie humaine"))
                .body("gdpr.code", hasItem("scope"))
                .body("gdpr.find { it.code == 'what' }.text", containsString("25 mai 2018"))
                .body("gdprChecklist.code", contains("register", "inform-people", "erasure", "dpo",
                        "subcontractors", "cnil"))
                .body("gdprChecklist.find { it.code == 'subcontractors' }.text", containsString("art. 28"))
                .body("cnilMissions", hasSize(4))
                .body("dpo.text", containsString("art. 37"))
                .body("pitfalls", hasSize(5))
                .body("financing.code", contains("self-financing", "bank-loan", "public-aids"))
                .body("aiAct.serviceDeskUrl", equalTo("https://ai-act-service-desk.ec.europa.eu/"))
                .body("aiAct.categories.code", contains("PROHIBITED", "HIGH_RISK", "TRANSPARENCY", "MINIMAL"));
        given().header("Accept-Language", "en").when().get(GUIDANCE).then().statusCode(200)
                .header("Content-Language", "en")
                .body("ethicsPillars[2].title", equalTo("Fairness"))
                .body("aiAct.calendar.find { it.code == 'transparency' }.appliesFrom", equalTo("2026-08-02"));
    }

    @Test
    void everyPointSaysWhereItComesFromAndWhenItWasCheckedAndTheCalendarRunsInOrder() {
        JsonPath guidance = given().when().get(GUIDANCE).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = new ArrayList<>();
        for (String section : List.of("partnerCriteria", "ethicsPillars", "gdpr", "gdprChecklist", "cnilMissions",
                "pitfalls", "financing", "aiAct.categories", "aiAct.calendar")) {
            items.addAll(guidance.getList(section));
        }
        items.add(guidance.getMap("dpo"));
        assertThat(items).hasSizeGreaterThan(35).allSatisfy(item -> {
            assertThat(item.get("source")).as("%s", item.get("code")).asString().isNotBlank();
            assertThat(item.get("checkedOn")).as("%s", item.get("code")).isNotNull();
            assertThat(item.get("confidence")).as("%s", item.get("code")).isIn("HIGH", "MEDIUM", "TO_CONFIRM");
        });
        List<String> dates = guidance.getList("aiAct.calendar.appliesFrom", String.class);
        assertThat(dates).isSorted().contains("2025-02-02", "2026-08-02", "2027-12-02");
        // the Digital Omnibus' dates are not yet law as surely as the regulation's
        assertThat(guidance.getString("aiAct.calendar.find { it.code == 'high-risk-annex-iii' }.confidence"))
                .isEqualTo("MEDIUM");
    }

    @Test
    void anUnchangedGuidanceIsNotSentAgain() {
        Response first = given().header("Accept-Language", "en").when().get(GUIDANCE);
        given().header("Accept-Language", "en").header("If-None-Match", first.header("ETag")).when().get(GUIDANCE)
                .then().statusCode(304);
        given().header("Accept-Language", "fr").header("If-None-Match", first.header("ETag")).when().get(GUIDANCE)
                .then().statusCode(200);
    }

    @Test
    void eachUseCaseCarriesItsAiActCategoryWhyAndTheDutiesOfTheCompanyUsingIt() {
        given().when().get("/api/v1/catalogue/use-cases/tri-candidatures").then().statusCode(200)
                .body("aiAct.category", equalTo("HIGH_RISK"))
                .body("aiAct.reasoning", containsString("annexe III"))
                .body("aiAct.duties.code", contains("ai-literacy", "high-risk-annex-iii", "high-risk-annex-i"))
                .body("aiAct.duties[1].appliesFrom", equalTo("2027-12-02"))
                .body("aiAct.serviceDeskUrl", equalTo("https://ai-act-service-desk.ec.europa.eu/"));
        given().header("Accept-Language", "en").when().get("/api/v1/catalogue/use-cases/chatbot").then()
                .statusCode(200)
                .body("aiAct.category", equalTo("TRANSPARENCY"))
                .body("aiAct.reasoning", containsString("Art. 50"))
                .body("aiAct.duties.code", contains("ai-literacy", "transparency"));
        given().when().get("/api/v1/catalogue/use-cases/maintenance-predictive").then()
                .body("aiAct.category", equalTo("MINIMAL"))
                .body("aiAct.duties.code", contains("ai-literacy"));
        // every use case of the guide is classified, in search results too
        List<Map<String, Object>> all = given().queryParam("size", 100).when().get("/api/v1/catalogue/use-cases")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(all).hasSizeGreaterThanOrEqualTo(36).allSatisfy(useCase ->
                assertThat(useCase).as("%s", useCase.get("slug")).containsKey("aiAct"));
    }
}
