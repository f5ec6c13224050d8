package fr.boussole.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The current questionnaire's five dimensions are public; the version list is for staff. */
@QuarkusTest
class QuestionnaireResourceTest {

    private static final String CURRENT = "/api/v1/assessments/questionnaires/current";
    private static final String VERSIONS = "/api/v1/assessments/questionnaires";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theCurrentQuestionnaireHasTheGuidesFiveDimensions() {
        given().when().get(CURRENT)
                .then().statusCode(200)
                .header("Content-Language", "fr")
                .body("version", greaterThanOrEqualTo(1))
                .body("dimensions.code", contains("data", "skills", "funding", "strategy", "ethics"))
                .body("dimensions.name", contains("Données", "Compétences", "Financement",
                        "Stratégie et conduite du changement", "Éthique et conformité"))
                .body("dimensions.find { it.code == 'skills' }.description", containsString("facultatives"));
        given().header("Accept-Language", "en").when().get(CURRENT)
                .then().statusCode(200)
                .body("dimensions.name", hasItem("Ethics and compliance"));
    }

    @Test
    void theCurrentQuestionnaireIsCacheable() {
        String tag = given().when().get(CURRENT).then().statusCode(200)
                .header("Cache-Control", "public, max-age=300").extract().header("ETag");
        given().header("If-None-Match", tag).when().get(CURRENT).then().statusCode(304);
    }

    @Test
    void staffSeeTheVersionsNewestFirst() {
        for (String user : new String[] { "advisor.lyon", "curator.alice", "admin.ops" }) {
            given().auth().oauth2(KeycloakTokens.of(user))
                    .when().get(VERSIONS)
                    .then().statusCode(200)
                    .header("Cache-Control", "private, no-cache")
                    .body("total", greaterThanOrEqualTo(1))
                    .body("items.find { it.version == 2 }.status", equalTo("PUBLISHED"))
                    .body("items.find { it.version == 2 }.dimensionCount", equalTo(5));
        }
    }

    @Test
    void theVersionListIsNotForSmesCrmsOrAnonymousCallers() {
        given().when().get(VERSIONS).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.of("sme.lyon")).when().get(VERSIONS)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.clientCredentials("crm-cci-lyon-metropole", "crm-lyon-demo-secret"))
                .when().get(VERSIONS).then().statusCode(403);
    }
}
