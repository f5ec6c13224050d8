package fr.boussole.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A curator writes a use case and another publishes it, through the gateway with real Keycloak tokens; the public
 * sees it, then no longer once archived, so the running suite's catalogue is left as the seed made it.
 */
class CurationThroughGatewayIT {

    private static final String CURATION = "/api/v1/catalogue/curation/use-cases";

    private static RequestSpecification as(String user) {
        return Suite.gateway().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    private static Response step(String user, String location, String etag, String action) {
        return as(user).header("If-Match", etag).when().post(location + "/" + action);
    }

    @Test
    void aCuratorWritesAnotherPublishesAndThePublicReadsIt() {
        String slug = "e2e-" + Long.toHexString(System.currentTimeMillis());
        Map<String, Object> draft = Map.of(
                "slug", slug,
                "translations", Map.of(
                        "fr", Map.of("title", "Relevé automatique des compteurs d'eau",
                                "summary", "Lire les index des compteurs sur photo.",
                                "body", "La vision par ordinateur lit l'index affiché et signale les fuites."),
                        "en", Map.of("title", "Automatic water meter reading",
                                "summary", "Read meter indexes from a photo.",
                                "body", "Computer vision reads the displayed index and flags leaks.")),
                "functions", List.of("production"),
                "sectors", List.of("industrie"),
                "dataKinds", List.of("IMAGES"),
                "solutionTypes", List.of("PLATFORM"),
                "prerequisites", Map.of("data", 40, "skills", 30, "funding", 30, "strategy", 20, "ethics", 10),
                "aiAct", Map.of("category", "MINIMAL",
                        "reasoningFr", "Des compteurs, aucune décision sur des personnes : risque minimal.",
                        "reasoningEn", "Meters, no decision about people: minimal risk."));

        Response created = as("curator.alice").body(draft).when().post(CURATION);
        created.then().statusCode(201).header("ETag", "\"0\"");
        String location = created.header("Location");
        Response submitted = step("curator.alice", location, created.header("ETag"), "submit");
        submitted.then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        step("curator.alice", location, submitted.header("ETag"), "publish").then().statusCode(403);
        Response published = step("curator.bruno", location, submitted.header("ETag"), "publish");
        published.then().statusCode(200).body("status", equalTo("PUBLISHED"));

        Suite.gateway().header("Accept-Language", "en").when().get("/api/v1/catalogue/use-cases/" + slug)
                .then().statusCode(200).body("title", equalTo("Automatic water meter reading"))
                .body("aiAct.category", equalTo("MINIMAL")).body("aiAct.duties.code", contains("ai-literacy"));
        Suite.gateway().queryParam("q", "compteurs d'eau").when().get("/api/v1/catalogue/use-cases")
                .then().statusCode(200).body("items[0].slug", equalTo(slug));
        as("curator.bruno").when().get(location + "/history").then().statusCode(200)
                .body("items.action", contains("PUBLISHED", "SUBMITTED", "CREATED"));
        as("sme.paris").when().get(location).then().statusCode(403);

        step("curator.bruno", location, published.header("ETag"), "archive").then().statusCode(200);
        Suite.gateway().when().get("/api/v1/catalogue/use-cases/" + slug).then().statusCode(404);
    }
}
