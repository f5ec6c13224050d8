package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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

/**
 * The directory's part of the GDPR rights: a company's (its partner entry's contact person) and a person's (their
 * evaluations, their name on curation work), shown and erased.
 */
@QuarkusTest
@QuarkusTestResource(CatalogueStub.class)
class PrivacyTest {

    private static final String CURATION = "/api/v1/directory/curation/partners";
    private static final String PRIVACY = "/api/v1/directory/privacy/companies/";
    private static final String PEOPLE = "/api/v1/directory/privacy/people/";
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

    /** A partner curator.alice drafted and curator.bruno published. */
    private static String publishedPartner(String siren) {
        String slug = "morel-" + Long.toHexString(System.nanoTime());
        Map<String, Object> draft = new HashMap<>();
        draft.put("slug", slug);
        draft.put("kind", "data-solution-provider");
        draft.put("name", "Morel Données");
        draft.put("description", Map.of("fr", "Valorise les données.", "en", "Makes data useful."));
        draft.put("siren", siren);
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
        return slug;
    }

    @Test
    void aPartnersContactIsShownToItsCompanyAndErasedEverywhere() throws Exception {
        String slug = publishedPartner(SIREN);

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

    @Test
    void aPersonReadsTheirEvaluationsAndCurationWorkAndOnlyAnAdminReadsAnothers() {
        String slug = publishedPartner(null);
        as("advisor.lyon").body(Map.of("scores", Map.of("TRUST", 4), "comment", "Réactifs et clairs."))
                .when().put("/api/v1/directory/partners/" + slug + "/evaluations/mine").then().statusCode(201);

        as("advisor.lyon").when().get(PEOPLE + "advisor.lyon").then().statusCode(200)
                .body("person", equalTo("advisor.lyon"))
                .body("references.'partner_evaluation.evaluator'.find { it.partner == '" + slug + "' }.comment",
                        equalTo("Réactifs et clairs."))
                .body("references.'partner_evaluation.evaluator'.find { it.partner == '" + slug + "' }.trust",
                        equalTo(4));
        as("curator.bruno").when().get(PEOPLE + "curator.bruno").then().statusCode(200)
                .body("references.'partner.published_by'.slug", hasItem(slug))
                .body("references.'partner.created_by'.slug", not(hasItem(slug)));
        as("admin.ops").when().get(PEOPLE + "advisor.lyon").then().statusCode(200);
        as("advisor.paris").when().get(PEOPLE + "advisor.lyon").then().statusCode(403)
                .contentType("application/problem+json");
        as("advisor.paris").when().delete(PEOPLE + "advisor.lyon").then().statusCode(403);
        given().when().get(PEOPLE + "advisor.lyon").then().statusCode(401);
        // a dot segment never reaches another resource (CanonicalPaths)
        as("admin.ops").when().delete(PEOPLE + "../companies").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anErasureDeletesThePersonsEvaluationsAndTakesTheirNameOffCurationWork() throws Exception {
        String slug = publishedPartner(null);
        as("advisor.lyon").body(Map.of("scores", Map.of("TRUST", 2), "comment", "Devis jamais reçu."))
                .when().put("/api/v1/directory/partners/" + slug + "/evaluations/mine").then().statusCode(201);
        // people who have since left: what they did here was theirs
        execute("UPDATE partner_evaluation SET evaluator = 'advisor.former' WHERE partner_slug = ?", slug);
        execute("UPDATE partner SET created_by = 'curator.former', last_editor = 'curator.former' WHERE slug = ?",
                slug);
        execute("UPDATE partner_history SET actor = 'curator.former' WHERE slug = ? AND action <> 'PUBLISHED'", slug);

        as("admin.ops").when().delete(PEOPLE + "advisor.former").then().statusCode(200)
                .body("erased.'partner_evaluation.evaluator'", equalTo(1));
        as("admin.ops").when().delete(PEOPLE + "curator.former").then().statusCode(200)
                .body("erased.'partner.created_by'", equalTo(1))
                .body("erased.'partner_history.actor'", equalTo(2));

        given().when().get("/api/v1/directory/partners/" + slug + "/evaluation-summary").then().statusCode(200)
                .body("evaluations", equalTo(0));
        as("admin.ops").when().get(PEOPLE + "advisor.former").then().statusCode(200)
                .body("references", anEmptyMap());
        as("curator.alice").when().get(CURATION + "/" + slug).then().statusCode(200)
                .body("createdBy", equalTo("[erased]"))
                .body("publishedBy", equalTo("curator.bruno"))
                .body("content.name", equalTo("Morel Données"));
        as("curator.alice").when().get(CURATION + "/" + slug + "/history").then().statusCode(200)
                .body("items.actor", containsInAnyOrder("[erased]", "[erased]", "curator.bruno"));
    }

    private void execute(String sql, String slug) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, slug);
            statement.executeUpdate();
        }
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
