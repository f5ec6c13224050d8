package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.directory.testing.CatalogueStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Evaluations on the eight criteria, their averages, and the comparison's arithmetic. */
@QuarkusTest
@QuarkusTestResource(CatalogueStub.class)
class PartnerEvaluationTest {

    private static final String PARTNERS = "/api/v1/directory/partners/";
    private static final String COMPARISONS = "/api/v1/directory/comparisons";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    private static Response evaluate(String user, String partner, Map<String, Integer> scores) {
        return as(user).body(Map.of("scores", scores, "comment", "Avis de " + user))
                .when().put(PARTNERS + partner + "/evaluations/mine");
    }

    @Test
    void theComparisonWeighsTheAveragesAndSaysWhatEachCriterionBrought() {
        evaluate("sme.paris", "ecole-donnees-ouest-demo",
                Map.of("BUSINESS_NEEDS", 4, "TOTAL_COST", 2, "TRAINING", 5)).then().statusCode(201);
        evaluate("advisor.paris", "ecole-donnees-ouest-demo",
                Map.of("BUSINESS_NEEDS", 2, "TOTAL_COST", 4)).then().statusCode(201);
        evaluate("sme.lyon", "transfert-nord-demo",
                Map.of("BUSINESS_NEEDS", 5, "TOTAL_COST", 1, "TRAINING", 1)).then().statusCode(201);

        given().when().get(PARTNERS + "ecole-donnees-ouest-demo/evaluation-summary").then().statusCode(200)
                .body("evaluations", equalTo(2))
                .body("criteria.find { it.criterion == 'BUSINESS_NEEDS' }.average", equalTo(3.0f))
                .body("criteria.find { it.criterion == 'TRAINING' }.count", equalTo(1))
                .body("criteria.find { it.criterion == 'TRUST' }.average", nullValue());

        // Weights 3, 1, 2 on three criteria, 0 elsewhere. École: (3×3 + 1×3 + 2×5) / 6 = 3.67;
        // Transfert: (3×5 + 1×1 + 2×1) / 6 = 3.00; the club has no evaluation: no score, last.
        Map<String, Integer> weights = Map.of("BUSINESS_NEEDS", 3, "TOTAL_COST", 1, "TRAINING", 2, "TRUST", 0,
                "REPUTATION", 0, "CLIENT_REFERENCES", 0, "OFFER_QUALITY", 0, "INTERNAL_TEAM", 0);
        given().contentType("application/json")
                .body(Map.of("partners", List.of("club-ia-pme-demo", "transfert-nord-demo", "ecole-donnees-ouest-demo"),
                        "weights", weights))
                .when().post(COMPARISONS).then().statusCode(200)
                .body("partners.slug", contains("ecole-donnees-ouest-demo", "transfert-nord-demo", "club-ia-pme-demo"))
                .body("partners.rank", contains(1, 2, null))
                .body("partners[0].score", equalTo(3.67f))
                .body("partners[0].coverage", equalTo(1.0f))
                .body("partners[0].criteria.find { it.criterion == 'BUSINESS_NEEDS' }.contribution", equalTo(1.5f))
                .body("partners[0].criteria.find { it.criterion == 'TOTAL_COST' }.contribution", equalTo(0.5f))
                .body("partners[0].criteria.find { it.criterion == 'TRAINING' }.contribution", equalTo(1.67f))
                .body("partners[1].score", equalTo(3.0f))
                .body("partners[1].criteria.find { it.criterion == 'TOTAL_COST' }.contribution", equalTo(0.17f))
                .body("partners[2].score", nullValue())
                .body("partners[2].coverage", equalTo(0.0f))
                .body("partners[2].evaluations", equalTo(0));

        // Without weights every criterion weighs 1: École (3 + 3 + 5) / 3 = 3.67, judged on 3 of 8 criteria.
        given().contentType("application/json")
                .body(Map.of("partners", List.of("ecole-donnees-ouest-demo", "transfert-nord-demo")))
                .when().post(COMPARISONS).then().statusCode(200)
                .body("partners[0].score", equalTo(3.67f))
                .body("partners[0].coverage", equalTo(0.38f))
                .body("partners[1].score", equalTo(2.33f))
                .body("weights.TRUST", equalTo(1));
    }

    @Test
    void oneEvaluationPerEvaluatorAndPartnerWhichOnlyItsAuthorChanges() {
        Response created = evaluate("sme.lyon", "salon-ia-pro-demo", Map.of("TRUST", 2));
        created.then().statusCode(201).header("ETag", "\"0\"").body("evaluator", equalTo("sme.lyon"));
        as("sme.lyon").header("If-Match", "\"0\"").body(Map.of("scores", Map.of("TRUST", 4)))
                .when().put(PARTNERS + "salon-ia-pro-demo/evaluations/mine").then().statusCode(200)
                .header("ETag", "\"1\"").body("scores.TRUST", equalTo(4));
        as("sme.lyon").header("If-Match", "\"0\"").body(Map.of("scores", Map.of("TRUST", 1)))
                .when().put(PARTNERS + "salon-ia-pro-demo/evaluations/mine").then().statusCode(412);
        as("sme.lyon").when().get(PARTNERS + "salon-ia-pro-demo/evaluations/mine").then().statusCode(200)
                .body("scores.TRUST", equalTo(4)).body("comment", nullValue());
        as("sme.paris").when().get(PARTNERS + "salon-ia-pro-demo/evaluations/mine").then().statusCode(404);
        given().when().get(PARTNERS + "salon-ia-pro-demo/evaluation-summary").then()
                .body("evaluations", equalTo(1));

        as("curator.alice").when().get(PARTNERS + "salon-ia-pro-demo/evaluations").then().statusCode(200)
                .body("items.evaluator", contains("sme.lyon"));
        // a generated client accepts only the problem type where the success has no body
        as("sme.lyon").accept("application/problem+json").when().delete(PARTNERS + "salon-ia-pro-demo/evaluations/mine")
                .then().statusCode(204);
        given().when().get(PARTNERS + "salon-ia-pro-demo/evaluation-summary").then()
                .body("evaluations", equalTo(0));
    }

    @Test
    void rolesAndBadInput() {
        given().contentType("application/json").body(Map.of("scores", Map.of("TRUST", 3)))
                .when().put(PARTNERS + "cnil/evaluations/mine").then().statusCode(401);
        evaluate("curator.alice", "cnil", Map.of("TRUST", 3)).then().statusCode(403);
        as("sme.paris").when().get(PARTNERS + "cnil/evaluations").then().statusCode(403);

        evaluate("sme.paris", "cnil", Map.of("TRUST", 6)).then().statusCode(400)
                .contentType("application/problem+json");
        as("sme.paris").body(Map.of("scores", Map.of())).when().put(PARTNERS + "cnil/evaluations/mine")
                .then().statusCode(400).body("errors.field", hasItem("scores"));
        as("sme.paris").body(Map.of("scores", Map.of("CHARISMA", 3))).when().put(PARTNERS + "cnil/evaluations/mine")
                .then().statusCode(400);
        evaluate("sme.paris", "partenaire-inconnu", Map.of("TRUST", 3)).then().statusCode(404);
        // regression (contract fuzzing): JSON of the wrong type was coerced and stored (12345 as the comment)
        as("sme.paris").body(Map.of("scores", Map.of("TRUST", 3), "comment", 12345))
                .when().put(PARTNERS + "cnil/evaluations/mine").then().statusCode(400)
                .body("errors.field", hasItem("comment"));
        as("sme.paris").body(Map.of("scores", Map.of("TRUST", "3")))
                .when().put(PARTNERS + "cnil/evaluations/mine").then().statusCode(400);
        as("sme.paris").body(Map.of("scores", Map.of("TRUST", 3.7)))
                .when().put(PARTNERS + "cnil/evaluations/mine").then().statusCode(400);
        as("sme.paris").body(Map.of("scores", Map.of("TRUST", 3), "comment", true))
                .when().put(PARTNERS + "cnil/evaluations/mine").then().statusCode(400);
        as("sme.paris").when().get(PARTNERS + "cnil/evaluations/mine").then().statusCode(404);

        given().contentType("application/json").body(Map.of("partners", List.of("cnil")))
                .when().post(COMPARISONS).then().statusCode(400).body("errors.field", hasItem("partners"));
        given().contentType("application/json").body(Map.of("partners", List.of("cnil", "cnil")))
                .when().post(COMPARISONS).then().statusCode(400);
        given().contentType("application/json").body(Map.of("partners", List.of("cnil", "atlantide")))
                .when().post(COMPARISONS).then().statusCode(400).body("errors.field", contains("partners[1]"));
        given().contentType("application/json").body(Map.of("partners", List.of("cnil", "bpifrance"),
                "weights", Map.of("BUSINESS_NEEDS", 0, "TOTAL_COST", 0, "INTERNAL_TEAM", 0, "TRUST", 0,
                        "REPUTATION", 0, "CLIENT_REFERENCES", 0, "OFFER_QUALITY", 0, "TRAINING", 0)))
                .when().post(COMPARISONS).then().statusCode(400).body("errors.field", contains("weights"));
        given().contentType("application/json").body(Map.of("partners", List.of("cnil", "bpifrance"),
                "weights", Map.of("TRUST", 11)))
                .when().post(COMPARISONS).then().statusCode(400);
    }
}
