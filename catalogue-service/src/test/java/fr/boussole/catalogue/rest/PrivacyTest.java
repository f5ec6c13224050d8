package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** A person's GDPR rights over the catalogue: their name as the author of curation work. */
@QuarkusTest
class PrivacyTest {

    private static final String PEOPLE = "/api/v1/catalogue/privacy/people/";
    private static final String CURATION = "/api/v1/catalogue/curation/use-cases";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    private static String draftBy(String curator) {
        String slug = "vie-privee-" + Long.toHexString(System.nanoTime());
        as(curator).body(Map.of("slug", slug, "translations", Map.of("fr", Map.of("title", "Relevé des compteurs")),
                "prerequisites", Map.of("data", 30, "skills", 10, "funding", 20, "strategy", 20, "ethics", 10)))
                .when().post(CURATION).then().statusCode(201);
        return slug;
    }

    @Test
    void aPersonReadsWhatTheCatalogueHoldsAboutThemAndOnlyAnAdminReadsAnothers() {
        String slug = draftBy("curator.alice");

        as("curator.alice").when().get(PEOPLE + "curator.alice").then().statusCode(200)
                .body("person", equalTo("curator.alice"))
                .body("references.'use_case.created_by'.slug", hasItem(slug))
                .body("references.'use_case_history.actor'.findAll { it.slug == '" + slug + "' }.action",
                        equalTo(List.of("CREATED")));
        as("admin.ops").when().get(PEOPLE + "curator.alice").then().statusCode(200)
                .body("references.'use_case.last_editor'.slug", hasItem(slug));
        as("curator.bruno").when().get(PEOPLE + "curator.alice").then().statusCode(403)
                .contentType("application/problem+json");
        as("curator.bruno").when().delete(PEOPLE + "curator.alice").then().statusCode(403);
        as("sme.paris").when().get(PEOPLE + "sme.paris").then().statusCode(200).body("references", anEmptyMap());
        given().when().get(PEOPLE + "curator.alice").then().statusCode(401);
        as("admin.ops").when().get(PEOPLE + "Not A Username!").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anErasureTakesThePersonsNameOutOfTheContentAndItsHistoryAndKeepsTheContent() throws SQLException {
        String theirs = draftBy("curator.alice");
        String someoneElses = draftBy("curator.alice");
        // a curator who has since left: their work was theirs
        update("UPDATE use_case SET created_by = 'curator.former', last_editor = 'curator.former' WHERE slug = ?",
                theirs);
        update("UPDATE use_case_history SET actor = 'curator.former' WHERE slug = ?", theirs);

        as("admin.ops").when().delete(PEOPLE + "curator.former").then().statusCode(200)
                .body("erased.'use_case.created_by'", equalTo(1))
                .body("erased.'use_case.last_editor'", equalTo(1))
                .body("erased.'use_case_history.actor'", equalTo(1));

        as("admin.ops").when().get(PEOPLE + "curator.former").then().statusCode(200)
                .body("references", anEmptyMap());
        as("curator.bruno").when().get(CURATION + "/" + theirs).then().statusCode(200)
                .body("createdBy", equalTo("[erased]"))
                .body("lastEditor", equalTo("[erased]"))
                .body("translations.fr.title", equalTo("Relevé des compteurs"));
        as("curator.bruno").when().get(CURATION + "/" + theirs + "/history").then().statusCode(200)
                .body("items.actor", everyItem(equalTo("[erased]")));
        as("curator.bruno").when().get(CURATION + "/" + someoneElses).then().statusCode(200)
                .body("createdBy", equalTo("curator.alice"));
        as("admin.ops").when().delete(PEOPLE + "curator.former").then().statusCode(200)
                .body("erased.'use_case.created_by'", equalTo(0))
                .body("erased", not(anEmptyMap()));
    }

    private void update(String sql, String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, slug);
            statement.executeUpdate();
        }
    }
}
