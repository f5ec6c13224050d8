package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.Fixtures;
import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.specification.RequestSpecification;

/**
 * A company's GDPR rights over the running suite: one export gathered from every service over HTTP, and an
 * erasure after which no endpoint or export returns the company.
 */
class PrivacyThroughGatewayIT {

    private static final String PRIVACY = "/api/v1/privacy/companies/";
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
                .body("siren", nullValue()).body("companyName", nullValue()).body("score", equalTo(59));
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
}
