package fr.boussole.assessment.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import fr.boussole.commons.testing.Fixtures;
import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests and answer sets for assessment tests. {@link #goodCompany()} is a shop that buys a turnkey solution; on
 * questionnaire version 3 it scores, worked out by hand (share × weight ÷ weights asked):
 * data 6.2 / 11 → 56, skills 5.25 / 6 → 88 (AI and data skills not asked), funding 1.7 / 5 → 34,
 * strategy 7.5 / 11 → 68, ethics 3.5 / 6 → 58 (bias and DPO not asked); overall 304 / 5 → 61, "ready to pilot".
 */
public final class Assessments {

    public static final String PATH = "/api/v1/assessments";
    public static final String SIREN_PARIS = "901122333";
    public static final String SIREN_LYON = "904455664";

    private Assessments() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType(ContentType.JSON);
    }

    public static RequestSpecification withToken(String resumeToken) {
        return given().header("X-Resume-Token", resumeToken).contentType(ContentType.JSON);
    }

    public static Map<String, Object> goodCompany() {
        return Fixtures.shopNearLyon();
    }

    /**
     * The good company whose business experts have little digital appetite (1 / 4, under the necessary half):
     * skills 3.75 / 6 → 63, overall 279 / 5 → 56, which would be "ready to pilot" but is capped at "exploring".
     */
    public static Map<String, Object> reluctantCompany() {
        Map<String, Object> answers = goodCompany();
        answers.put("digital-appetite", 1);
        return answers;
    }

    /** sme.paris starts an assessment under this name, shares it with CCI Paris, answers it and may submit it. */
    public static String sharedWithParis(String companyName, boolean submit) {
        String id = as("sme.paris").body(Map.of("companyName", companyName)).when().post(PATH).then().statusCode(201)
                .extract().path("id");
        as("sme.paris").body(Map.of("cci", "cci-paris-idf")).when().put(PATH + "/" + id + "/sharing").then()
                .statusCode(200);
        as("sme.paris").body(goodCompany()).when().patch(PATH + "/" + id + "/answers").then().statusCode(200);
        if (submit) {
            as("sme.paris").when().post(PATH + "/" + id + "/submit").then().statusCode(200);
        }
        return id;
    }
}
