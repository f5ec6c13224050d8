package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The guide's partner kinds and information channels: public reads, and curation by curators only. */
@QuarkusTest
class PartnerKindResourceTest {

    private static final String KINDS = "/api/v1/directory/partner-kinds";
    private static final String CLUSTER = KINDS + "/competitiveness-cluster";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void listsEveryKindOfTheGuideWithTheTypicalTimeToAFirstTest() {
        given().queryParam("size", 100).when().get(KINDS)
                .then().statusCode(200)
                .header("Content-Language", "fr")
                .body("total", equalTo(15))
                .body("items.code", hasItems("turnkey-solution-provider", "platform-solution-provider",
                        "data-solution-provider", "ai-consulting-firm", "competitiveness-cluster",
                        "cci-professional-federation", "research-lab", "school-university", "tech-transfer-network",
                        "association-hub", "trade-show", "public-body", "websites", "video-courses", "company-visits"))
                .body("items.find { it.code == 'turnkey-solution-provider' }.firstTest.minMonths", equalTo(1))
                .body("items.find { it.code == 'turnkey-solution-provider' }.firstTest.maxMonths", equalTo(3))
                .body("items.find { it.code == 'platform-solution-provider' }.firstTest.maxMonths", equalTo(12))
                .body("items.find { it.code == 'data-solution-provider' }.firstTest.minMonths", equalTo(1))
                .body("items.find { it.code == 'research-lab' }.firstTest", nullValue());
    }

    @Test
    void filtersByCategoryInEnglish() {
        given().queryParam("category", "INFORMATION_CHANNEL").header("Accept-Language", "en")
                .when().get(KINDS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.category", everyItem(equalTo("INFORMATION_CHANNEL")))
                .body("items.name", contains("Specialised websites", "Introductory AI videos", "Company visits"));
    }

    @Test
    void anUnknownCategoryIsABadRequestNamingTheParameter() {
        given().queryParam("category", "VENDOR")
                .when().get(KINDS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"));
    }

    @Test
    void answers304WhenTheCachedCopyIsCurrent() {
        String tag = given().when().get(CLUSTER).header("ETag");
        given().header("If-None-Match", tag).when().get(CLUSTER).then().statusCode(304);
    }

    @Test
    void aCuratorRewordsAKindWithIfMatch() {
        var current = given().when().get(CLUSTER).then().statusCode(200).extract();
        String tag = current.header("ETag");
        String description = "Facilitateur régional, révision " + System.nanoTime();
        String body = """
                {"translations": {"fr": {"name": "Pôle de compétitivité", "description": "%s"},
                                  "en": {"name": "Competitiveness cluster", "description": "Regional facilitator."}},
                 "firstTest": {"minMonths": 2, "maxMonths": 6}}""".formatted(description);
        String curator = KeycloakTokens.of("curator.bruno");

        given().auth().oauth2(curator).contentType("application/json").body(body)
                .when().put(CLUSTER).then().statusCode(428);
        given().auth().oauth2(KeycloakTokens.of("advisor.paris")).contentType("application/json")
                .header("If-Match", tag).body(body)
                .when().put(CLUSTER).then().statusCode(403);
        given().auth().oauth2(curator).contentType("application/json").header("If-Match", tag).body(body)
                .when().put(CLUSTER)
                .then().statusCode(200)
                .body("description", equalTo(description))
                .body("firstTest.maxMonths", equalTo(6));
        given().auth().oauth2(curator).contentType("application/json").header("If-Match", tag).body(body)
                .when().put(CLUSTER).then().statusCode(412);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        String tag = given().when().get(CLUSTER).header("ETag");
        given().auth().oauth2(KeycloakTokens.of("admin.ops")).contentType("application/json").header("If-Match", tag)
                .body("""
                        {"translations": {"fr": {"name": "Pôle", "description": "d"}, "en": {"name": "Cluster", "description": "d"}},
                         "firstTest": {"minMonths": 6, "maxMonths": 2}}""")
                .when().put(CLUSTER)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("firstTest.maxMonths"));
        given().auth().oauth2(KeycloakTokens.of("admin.ops")).contentType("application/json").header("If-Match", tag)
                .body("""
                        {"translations": {"fr": {"name": "Pôle", "description": "d"}, "en": {"name": "Cluster", "description": "d"}},
                         "firstTest": {"minMonths": 0, "maxMonths": 40}}""")
                .when().put(CLUSTER)
                .then().statusCode(400)
                .body("errors.field", hasItems("firstTest.minMonths", "firstTest.maxMonths"));
        assertThat(given().when().get(CLUSTER).header("ETag")).isEqualTo(tag);
    }
}
