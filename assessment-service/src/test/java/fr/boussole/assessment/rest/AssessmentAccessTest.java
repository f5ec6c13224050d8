package fr.boussole.assessment.rest;

import static fr.boussole.assessment.rest.AssessmentLifecycleTest.submitted;
import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.SIREN_LYON;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.goodCompany;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Object-level rules across the two demo CCIs and across companies: an SME reaches its own company's assessments,
 * a CCI those its advisors started and those shared with it while the consent lasts, nobody else anything.
 */
@QuarkusTest
class AssessmentAccessTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification crm(String cci) {
        String secret = cci.equals("cci-paris-idf") ? "crm-paris-demo-secret" : "crm-lyon-demo-secret";
        return given().auth().oauth2(KeycloakTokens.clientCredentials("crm-" + cci, secret))
                .contentType(ContentType.JSON);
    }

    @Test
    void anSmesAssessmentIsItsOwnUntilItSharesIt() {
        String id = as("sme.paris").body(Map.of("companyName", "Atelier Dupont")).when().post(PATH)
                .then().statusCode(201).body("siren", equalTo("901122333")).extract().path("id");
        String one = PATH + "/" + id;

        as("sme.paris").when().get(one).then().statusCode(200).body("sharedWith", nullValue());
        as("admin.ops").when().get(one).then().statusCode(200);
        for (String stranger : new String[] { "sme.lyon", "partner.factura", "advisor.paris", "advisor.lyon",
                "curator.alice" }) {
            as(stranger).when().get(one).then().statusCode(404);
            as(stranger).when().get(one + "/readiness").then().statusCode(404);
        }
        crm("cci-paris-idf").when().get(one).then().statusCode(404);
        as("advisor.paris").body(Map.of("sector", "sante")).when().patch(one + "/answers").then().statusCode(404);

        as("sme.paris").body(Map.of("cci", "cci-paris-idf")).when().put(one + "/sharing")
                .then().statusCode(200).body("sharedWith.cci", equalTo("cci-paris-idf"));
        as("advisor.paris").when().get(one).then().statusCode(200);
        crm("cci-paris-idf").when().get(one).then().statusCode(200);
        as("advisor.lyon").when().get(one).then().statusCode(404);
        crm("cci-lyon-metropole").when().get(one).then().statusCode(404);
        as("advisor.paris").when().get(PATH).then().statusCode(200).body("items.id", hasItem(id));
        // during an interview the advisor may fill the draft in, but only the company decides who sees it
        as("advisor.paris").body(Map.of("sector", "sante")).when().patch(one + "/answers").then().statusCode(200);
        as("advisor.paris").when().delete(one + "/sharing").then().statusCode(403);
        as("advisor.paris").body(Map.of("cci", "cci-lyon-metropole")).when().put(one + "/sharing")
                .then().statusCode(403);
        crm("cci-paris-idf").body(Map.of("sector", "commerce")).when().patch(one + "/answers")
                .then().statusCode(403);

        // sharing with the other CCI replaces the first consent
        as("sme.paris").body(Map.of("cci", "cci-lyon-metropole")).when().put(one + "/sharing").then().statusCode(200);
        as("advisor.paris").when().get(one).then().statusCode(404);
        as("advisor.lyon").when().get(one).then().statusCode(200);
        as("sme.paris").when().delete(one + "/sharing").then().statusCode(200).body("sharedWith", nullValue());
        as("advisor.lyon").when().get(one).then().statusCode(404);
        as("advisor.lyon").when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));

        as("sme.paris").body(Map.of("cci", "cci-nowhere")).when().put(one + "/sharing")
                .then().statusCode(400).body("errors[0].field", equalTo("cci"));
    }

    @Test
    void anAdvisorStartsAssessmentsForCompaniesOfItsTerritoryOnly() {
        as("advisor.lyon").body(Map.of("siren", SIREN_LYON, "departement", "75")).when().post(PATH)
                .then().statusCode(403).body("detail", containsString("75"));
        as("advisor.lyon").body(Map.of("departement", "69")).when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("siren"));
        String id = as("advisor.lyon").body(Map.of("siren", SIREN_LYON, "departement", "69",
                "companyName", "Soierie Lyonnaise")).when().post(PATH)
                .then().statusCode(201)
                .body("origin", equalTo("ADVISOR"))
                .body("ownerCci", equalTo("cci-lyon-metropole"))
                .body("answers.departement", equalTo("69"))
                .extract().path("id");
        String one = PATH + "/" + id;

        as("advisor.lyon").when().get(one).then().statusCode(200);
        crm("cci-lyon-metropole").when().get(one).then().statusCode(200);
        as("sme.lyon").when().get(one).then().statusCode(200);
        as("advisor.paris").when().get(one).then().statusCode(404);
        crm("cci-paris-idf").when().get(one).then().statusCode(404);
        as("sme.paris").when().get(one).then().statusCode(404);
        as("advisor.paris").when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        // the company revoking a consent it never gave leaves the CCI that started it in charge
        as("sme.lyon").when().delete(one + "/sharing").then().statusCode(200);
        as("advisor.lyon").when().get(one).then().statusCode(200);
    }

    @Test
    void advisorsOverrideTheLevelWithAJustificationAndKeepPrivateNotes() {
        String id = as("advisor.lyon").body(Map.of("siren", SIREN_LYON, "departement", "69")).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        String one = PATH + "/" + id;
        Map<String, Object> override = Map.of("level", "READY_TO_SCALE",
                "justification", "Entretien du 26/11 : deux projets pilotes déjà menés avec succès.");
        as("advisor.lyon").body(override).when().put(one + "/level-override").then().statusCode(409);
        as("advisor.lyon").body(goodCompany()).when().patch(one + "/answers").then().statusCode(200);
        as("advisor.lyon").when().post(one + "/submit").then().statusCode(200).body("level", equalTo("READY_TO_PILOT"));

        as("advisor.lyon").body(Map.of("level", "READY_TO_SCALE", "justification", "trop court"))
                .when().put(one + "/level-override")
                .then().statusCode(400).body("errors[0].field", containsString("justification"));
        as("sme.lyon").body(override).when().put(one + "/level-override").then().statusCode(403);
        as("advisor.paris").body(override).when().put(one + "/level-override").then().statusCode(404);
        as("advisor.lyon").body(override).when().put(one + "/level-override")
                .then().statusCode(200)
                .body("computedLevel", equalTo("READY_TO_PILOT"))
                .body("level", equalTo("READY_TO_SCALE"))
                .body("override.justification", containsString("deux projets pilotes"))
                .body("override.by", equalTo("advisor.lyon"));
        as("sme.lyon").when().get(one + "/readiness")
                .then().statusCode(200)
                .body("level.code", equalTo("READY_TO_SCALE"))
                .body("computedLevel.code", equalTo("READY_TO_PILOT"))
                .body("override.justification", containsString("deux projets pilotes"));
        as("advisor.lyon").queryParam("level", "READY_TO_SCALE").when().get(PATH)
                .then().statusCode(200).body("items.id", hasItem(id));
        as("advisor.lyon").when().delete(one + "/level-override")
                .then().statusCode(200).body("level", equalTo("READY_TO_PILOT")).body("override", nullValue());

        as("advisor.lyon").body(Map.of("body", "Rappeler après le salon <b>Industrie</b>.")).when().post(one + "/notes")
                .then().statusCode(201).body("author", equalTo("advisor.lyon"));
        as("advisor.lyon").when().get(one + "/notes")
                .then().statusCode(200).body("body", hasItem("Rappeler après le salon <b>Industrie</b>."));
        as("sme.lyon").when().get(one + "/notes").then().statusCode(403);
        crm("cci-lyon-metropole").when().get(one + "/notes").then().statusCode(403);
        as("advisor.paris").when().get(one + "/notes").then().statusCode(404);
        as("advisor.lyon").body(Map.of("body", " ")).when().post(one + "/notes").then().statusCode(400);

        as("advisor.lyon").body(Map.of("status", "IN_PROGRESS")).when().put(one + "/follow-up")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        as("advisor.lyon").body(Map.of("status", "MAYBE")).when().put(one + "/follow-up").then().statusCode(400);
        as("advisor.lyon").queryParam("followUp", "IN_PROGRESS").queryParam("sector", "commerce").when().get(PATH)
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.followUp", everyItem(equalTo("IN_PROGRESS")));
        as("sme.lyon").when().get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.followUp", everyItem(nullValue()));
    }

    @Test
    void listsAreScopedAndFiltered() {
        String paris = submitted("sme.paris", goodCompany());
        as("sme.paris").when().get(PATH).then().statusCode(200)
                .body("items.siren", everyItem(equalTo("901122333")))
                .body("items.id", hasItem(paris));
        as("sme.lyon").when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(paris)));
        as("admin.ops").queryParam("siren", "901122333").queryParam("status", "SUBMITTED").when().get(PATH)
                .then().statusCode(200).body("items.id", hasItem(paris))
                .body("items.status", everyItem(equalTo("SUBMITTED")));
        as("admin.ops").queryParam("since", "2999-01-01").when().get(PATH)
                .then().statusCode(200).body("total", equalTo(0));
        as("admin.ops").queryParam("since", "yesterday").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
        as("admin.ops").queryParam("status", "LOST").when().get(PATH).then().statusCode(400);
        given().when().get(PATH).then().statusCode(401);
        as("curator.alice").when().get(PATH).then().statusCode(403);
    }
}
