package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.Fixtures;
import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.specification.RequestSpecification;

/**
 * A company's and a person's GDPR rights over the running suite: one export gathered from every service over HTTP,
 * and an erasure after which no endpoint or export returns the company, or the person.
 */
class PrivacyThroughGatewayIT {

    private static final String PRIVACY = "/api/v1/privacy/companies/";
    private static final String PEOPLE = "/api/v1/privacy/people/";
    /** A demo advisor of cci-paris-idf whom only this test uses, so erasing them touches no other test's data. */
    private static final String LEAVING = "advisor.leaving";
    private static final String ASSESSMENTS = "/api/v1/assessments";

    private static RequestSpecification as(String user) {
        return Suite.gateway().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    @Test
    void aPartnerCompanyGetsEverythingTheSuiteHoldsAboutItInOneDocument() {
        as("partner.factura").when().get(PRIVACY + "910001015").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"boussole-data-910001015.json\"")
                .body("subject.siren", equalTo("910001015"))
                .body("services.'directory-service'.partners[0].contact.name", equalTo("Camille Martin"))
                .body("services.'assessment-service'.accessLog.action", hasItem("EXPORT"));
        // and only its own
        as("partner.factura").when().get(PRIVACY + "901122333").then().statusCode(403);
        as("advisor.paris").when().get(PRIVACY + "910001015").then().statusCode(403);
    }

    @Test
    void afterAnErasureNoEndpointOrExportReturnsTheCompany() {
        // a company only this test uses; its name is unique to this run
        String siren = "552100000";
        String name = "Morel " + System.nanoTime();
        String id = as("advisor.paris").body(Map.of("siren", siren, "departement", "75", "companyName", name)).when()
                .post(ASSESSMENTS).then().statusCode(201).extract().path("id");
        as("advisor.paris").body(Fixtures.shopNearLyon()).when().patch(ASSESSMENTS + "/" + id + "/answers").then()
                .statusCode(200);
        as("advisor.paris").when().post(ASSESSMENTS + "/" + id + "/submit").then().statusCode(200);
        as("advisor.paris").body(Map.of("body", "Rappeler " + name)).when().post(ASSESSMENTS + "/" + id + "/notes")
                .then().statusCode(201);
        as("admin.ops").when().get(PRIVACY + siren).then().statusCode(200)
                .body("services.'assessment-service'.assessments.companyName", hasItem(name));

        as("admin.ops").when().delete(PRIVACY + siren).then().statusCode(200)
                .body("'directory-service'.contactsErased", equalTo(0));

        as("advisor.paris").when().get(ASSESSMENTS + "/" + id).then().statusCode(200)
                .body("siren", nullValue()).body("companyName", nullValue()).body("score", equalTo(61));
        assertThat(as("advisor.paris").when().get(ASSESSMENTS + "/" + id + "/notes").then().statusCode(200)
                .extract().asString()).doesNotContain(name);
        assertThat(as("advisor.paris").when().get(ASSESSMENTS + "?size=100").then().statusCode(200).extract()
                .asString()).doesNotContain(name).doesNotContain(siren);
        assertThat(as("advisor.paris").when().get(ASSESSMENTS + "/export").then().statusCode(200).extract()
                .asString()).doesNotContain(name).doesNotContain(siren);
        assertThat(as("advisor.paris").queryParam("format", "jsonl").when().get(ASSESSMENTS + "/export").then()
                .statusCode(200).extract().asString()).doesNotContain(name);
        assertThat(as("advisor.paris").when().get(ASSESSMENTS + "/" + id + "/report").then().statusCode(200)
                .extract().asString()).doesNotContain(name).doesNotContain(siren);
        assertThat(as("admin.ops").when().get(PRIVACY + siren).then().statusCode(200).extract().asString())
                .doesNotContain(name);
    }

    @Test
    void aPersonGetsEverythingThatNamesThemAndAfterTheirErasureNoEndpointOrExportNamesThem() {
        String note = "Marc passe jeudi " + System.nanoTime();
        String comment = "Devis clair " + System.nanoTime();
        String id = as(LEAVING).body(Map.of("siren", "552100000", "departement", "75")).when().post(ASSESSMENTS)
                .then().statusCode(201).extract().path("id");
        as(LEAVING).body(Fixtures.shopNearLyon()).when().patch(ASSESSMENTS + "/" + id + "/answers").then()
                .statusCode(200);
        as(LEAVING).when().post(ASSESSMENTS + "/" + id + "/submit").then().statusCode(200);
        as(LEAVING).body(Map.of("body", note)).when().post(ASSESSMENTS + "/" + id + "/notes").then().statusCode(201);
        as(LEAVING).body(Map.of("scores", Map.of("TRUST", 5), "comment", comment)).when()
                .put("/api/v1/directory/partners/factura-clic-demo/evaluations/mine").then().statusCode(201);

        as(LEAVING).when().get(PEOPLE + LEAVING).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"boussole-data-" + LEAVING + ".json\"")
                .body("subject.username", equalTo(LEAVING))
                .body("services.'assessment-service'.references.'assessment.created_by'.id", hasItem(id))
                .body("services.'assessment-service'.references.'assessment_note.author'.body", hasItem(note))
                .body("services.'directory-service'.references.'partner_evaluation.evaluator'.comment",
                        hasItem(comment))
                .body("services.'catalogue-service'.references", anEmptyMap());
        // only they or an admin
        as("advisor.paris").when().get(PEOPLE + LEAVING).then().statusCode(403);
        as("advisor.paris").when().delete(PEOPLE + LEAVING).then().statusCode(403);
        Suite.gateway().when().get(PEOPLE + LEAVING).then().statusCode(401);

        as(LEAVING).when().delete(PEOPLE + LEAVING).then().statusCode(200)
                .body("'assessment-service'.'assessment.created_by'", greaterThanOrEqualTo(1))
                .body("'assessment-service'.'assessment_note.author'", greaterThanOrEqualTo(1))
                .body("'directory-service'.'partner_evaluation.evaluator'", equalTo(1))
                .body("'catalogue-service'.'use_case.created_by'", equalTo(0));

        for (String answer : List.of(
                as("advisor.paris").when().get(ASSESSMENTS + "/" + id).then().statusCode(200).extract().asString(),
                as("advisor.paris").when().get(ASSESSMENTS + "/" + id + "/notes").then().statusCode(200)
                        .body("body", hasItem(note)).extract().asString(),
                as("advisor.paris").when().get(ASSESSMENTS + "/export").then().statusCode(200).extract().asString(),
                as("curator.alice").when().get("/api/v1/directory/partners/factura-clic-demo/evaluations?size=100")
                        .then().statusCode(200).extract().asString(),
                as("admin.ops").when().get(PRIVACY + "552100000").then().statusCode(200).extract().asString(),
                as("admin.ops").when().get(PRIVACY + "552100000/access-log").then().statusCode(200).extract()
                        .asString())) {
            assertThat(answer).doesNotContain(LEAVING).doesNotContain(comment);
        }
        // asking again finds nothing but the request itself, which is logged
        as("admin.ops").when().get(PEOPLE + LEAVING).then().statusCode(200)
                .body("services.'assessment-service'.references.size()", equalTo(1))
                .body("services.'assessment-service'.references", hasKey("personal_data_access.person"))
                .body("services.'directory-service'.references", anEmptyMap())
                .body("services.'catalogue-service'.references", anEmptyMap());
    }
}
