package fr.boussole.catalogue.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The demo launcher's embed key: made on a fresh database at startup (the test database is emptied before the
 * service starts), and put back to the demo's settings at the next start whatever a curator changed.
 */
@QuarkusTest
@TestProfile(DemoEmbedKeyTest.DemoLauncher.class)
class DemoEmbedKeyTest {

    private static final String KEY = "pk_demotestsite000000000000";
    private static final String ORIGIN = "http://localhost:3999";

    public static class DemoLauncher implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("boussole.embed.demo-key", KEY, "boussole.embed.demo-origins", ORIGIN);
        }
    }

    @Inject
    DemoEmbedKey demoEmbedKey;

    @Test
    void theDemoKeyIsMadeAtStartupAndRestoredAtTheNext() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        String path = "/api/v1/catalogue/curation/embed-keys/" + KEY;
        var created = given().auth().oauth2(KeycloakTokens.of("curator.alice")).when().get(path).then()
                .statusCode(200)
                .body("partnerName", equalTo("Demo partner site"))
                .body("allowedOrigins", equalTo(List.of(ORIGIN)))
                .body("brandColour", equalTo("#7a1f5c"))
                .body("active", equalTo(true))
                .extract();

        given().auth().oauth2(KeycloakTokens.of("curator.alice")).contentType("application/json")
                .header("If-Match", created.header("ETag"))
                .body(Map.of("partnerName", "Renamed", "allowedOrigins", List.of("https://elsewhere.example"),
                        "active", false))
                .when().put(path).then().statusCode(200).body("active", equalTo(false));
        demoEmbedKey.create(null);

        given().auth().oauth2(KeycloakTokens.of("curator.alice")).when().get(path).then().statusCode(200)
                .body("partnerName", equalTo("Demo partner site"))
                .body("allowedOrigins", equalTo(List.of(ORIGIN)))
                .body("active", equalTo(true));
    }
}
