package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.directory.testing.CatalogueStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The directory's part of a company's GDPR rights: its partner entry's contact person, shown and erased. */
@QuarkusTest
@QuarkusTestResource(CatalogueStub.class)
class PrivacyTest {

    private static final String CURATION = "/api/v1/directory/curation/partners";
    private static final String PRIVACY = "/api/v1/directory/privacy/companies/";
    /** A company only this test lists as a partner. */
    private static final String SIREN = "552100000";

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    @Test
    void aPartnersContactIsShownToItsCompanyAndErasedEverywhere() throws Exception {
        String slug = "morel-" + Long.toHexString(System.nanoTime());
        Map<String, Object> draft = new HashMap<>();
        draft.put("slug", slug);
        draft.put("kind", "data-solution-provider");
        draft.put("name", "Morel Données");
        draft.put("description", Map.of("fr", "Valorise les données.", "en", "Makes data useful."));
        draft.put("siren", SIREN);
        draft.put("regions", List.of("11"));
        draft.put("sectors", List.of("commerce"));
        draft.put("useCases", List.of("pricing-intelligent"));
        draft.put("offers", List.of("PROOF_OF_CONCEPT"));
        draft.put("contact", Map.of("name", "Jean Morel", "email", "jean.morel@morel.example.org"));
        as("curator.alice").body(draft).when().post(CURATION).then().statusCode(201);
        as("curator.alice").header("If-Match", tag(slug)).when().post(CURATION + "/" + slug + "/submit").then()
                .statusCode(200);
        as("curator.bruno").header("If-Match", tag(slug)).when().post(CURATION + "/" + slug + "/publish").then()
                .statusCode(200);

        as("admin.ops").when().get(PRIVACY + SIREN).then().statusCode(200)
                .body("partners[0].slug", equalTo(slug))
                .body("partners[0].contact.name", equalTo("Jean Morel"));
        as("sme.paris").when().get(PRIVACY + SIREN).then().statusCode(403);
        as("sme.paris").when().delete(PRIVACY + SIREN).then().statusCode(403);
        as("curator.alice").when().get(PRIVACY + SIREN).then().statusCode(403);

        assertThat(historyLinesNamingTheContact(slug)).isPositive();

        as("admin.ops").when().delete(PRIVACY + SIREN).then().statusCode(200)
                .body("contactsErased", equalTo(1));
        // idempotent
        as("admin.ops").when().delete(PRIVACY + SIREN).then().statusCode(200).body("contactsErased", equalTo(0));

        as("admin.ops").when().get(PRIVACY + SIREN).then().statusCode(200).body("partners[0].contact", nullValue());
        as("curator.alice").when().get(CURATION + "/" + slug).then().statusCode(200)
                .body("content.contact", nullValue());
        as("admin.ops").when().get("/api/v1/directory/partners/" + slug).then().statusCode(200)
                .body("contact", nullValue());
        assertThat(historyLinesNamingTheContact(slug)).isZero();
    }

    private int historyLinesNamingTheContact(String slug) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement lines = connection.prepareStatement(
                "SELECT count(*) FROM partner_history WHERE slug = ? AND changes::text ~ '(Jean Morel|jean.morel)'")) {
            lines.setString(1, slug);
            try (ResultSet count = lines.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    private static String tag(String slug) {
        return as("curator.alice").when().get(CURATION + "/" + slug).then().statusCode(200).extract().header("ETag");
    }
}
