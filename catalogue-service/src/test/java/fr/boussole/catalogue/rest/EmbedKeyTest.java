package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Partner sites' embed keys: curators manage them; the frame is shown only to the origins a key allows. */
@QuarkusTest
class EmbedKeyTest {

    private static final String KEYS = "/api/v1/catalogue/curation/embed-keys";
    private static final String PARTNER = "https://www.cci-exemple.fr";

    @BeforeEach
    void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    private static Map<String, Object> input() {
        Map<String, Object> input = new HashMap<>();
        input.put("partnerName", "CCI Exemple");
        input.put("allowedOrigins", List.of(PARTNER, "http://localhost:3000"));
        input.put("brandColour", "#0b5394");
        input.put("defaultSector", "commerce");
        input.put("defaultLanguage", "fr");
        return input;
    }

    private static String create() {
        return as("curator.alice").body(input()).when().post(KEYS).then().statusCode(201).extract().path("key");
    }

    private static ValidatableResponse frame(String key, String referer) {
        RequestSpecification request = given();
        if (referer != null) {
            request.header("Referer", referer);
        }
        return request.when().get("/api/v1/catalogue/embed/" + key + "/frame").then();
    }

    /** Regression (contract fuzzing): PostgreSQL refuses the NUL character, and its refusal came back as a 500. */
    @Test
    void aNulCharacterIsRefusedNeverAServerError() {
        given().urlEncodingEnabled(false).when().get("/api/v1/catalogue/embed/pk_%00/frame").then().statusCode(404)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).when().get("/api/v1/catalogue/sectors/a%00").then().statusCode(404);
        given().urlEncodingEnabled(false).when().get("/api/v1/catalogue/use-cases?q=a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        Map<String, Object> withNul = input();
        withNul.put("partnerName", "CCI\u0000Exemple");
        as("curator.alice").body(withNul).when().post(KEYS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("partnerName"))
                .body("errors.message", hasItem("must not contain the NUL character"));
    }

    @Test
    void aCuratorGivesAPartnerAKeyWithTheTagToPaste() {
        var created = as("curator.alice").body(input()).when().post(KEYS).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("key", matchesPattern("pk_[a-z0-9]{24}"))
                .body("allowedOrigins", equalTo(List.of(PARTNER, "http://localhost:3000")))
                .body("createdBy", equalTo("curator.alice"))
                .body("active", equalTo(true))
                .extract();
        String key = created.path("key");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).isEqualTo(KEYS + "/" + key);
        as("curator.bruno").when().get(KEYS + "/" + key).then().statusCode(200)
                .body("snippet", equalTo("<script src=\"http://localhost:8080/embed/v1/boussole-catalogue.js\""
                        + " data-key=\"" + key + "\" async></script>"));
        as("curator.bruno").when().get(KEYS + "?size=100").then().statusCode(200).body("items.key", hasItem(key));

        Map<String, Object> changed = input();
        changed.put("brandColour", "#990000");
        as("curator.bruno").body(changed).when().put(KEYS + "/" + key).then().statusCode(428);
        as("curator.bruno").header("If-Match", "\"7\"").body(changed).when().put(KEYS + "/" + key).then()
                .statusCode(412);
        as("curator.bruno").header("If-Match", "\"0\"").body(changed).when().put(KEYS + "/" + key).then()
                .statusCode(200).header("ETag", "\"1\"").body("brandColour", equalTo("#990000"));

        // a generated client accepts only the problem type where the success has no body
        as("curator.bruno").accept("application/problem+json").when().delete(KEYS + "/" + key).then()
                .statusCode(204);
        as("curator.bruno").when().get(KEYS + "/" + key).then().statusCode(404);
        frame(key, PARTNER + "/page").statusCode(404);
    }

    @Test
    void badKeysAreRefusedWithTheirReasonsAndNothingIsStored() {
        Map<String, Object> bad = input();
        bad.put("allowedOrigins", List.of("https://ok.example.org", "javascript:alert(1)", "https://x.fr/path"));
        bad.put("brandColour", "red");
        bad.put("logoUrl", "http://insecure.example.org/logo.png");
        bad.put("defaultSector", "no-such-sector");
        long before = as("admin.ops").when().get(KEYS).then().extract().<Integer> path("total");
        as("curator.alice").body(bad).when().post(KEYS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("allowedOrigins[1]"))
                .body("errors.field", hasItem("allowedOrigins[2]"))
                .body("errors.field", hasItem("brandColour"))
                .body("errors.field", hasItem("logoUrl"));
        Map<String, Object> unknownSector = input();
        unknownSector.put("defaultSector", "no-such-sector");
        as("curator.alice").body(unknownSector).when().post(KEYS).then().statusCode(400)
                .body("errors.field", hasItem("defaultSector"));
        as("admin.ops").when().get(KEYS).then().body("total", equalTo((int) before));
    }

    @Test
    void onlyCuratorsAndAdminsManageKeys() {
        String key = create();
        for (String user : List.of("sme.paris", "advisor.paris")) {
            as(user).when().get(KEYS).then().statusCode(403);
            as(user).body(input()).when().post(KEYS).then().statusCode(403);
            as(user).when().get(KEYS + "/" + key + "/usage").then().statusCode(403);
        }
        given().when().get(KEYS).then().statusCode(401);
        as("admin.ops").when().get(KEYS + "/" + key).then().statusCode(200);
    }

    @Test
    void theFrameIsShownToTheKeysOriginsOnlyAndEveryFrameIsCounted() {
        String key = create();

        frame(key, PARTNER + "/nos-services/ia").statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors " + PARTNER
                        + " http://localhost:3000"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Cache-Control", "no-store")
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("\"sector\":\"commerce\""))
                .body(containsString("/embed/"));
        // a page of another origin is refused; without a Referer the browser enforces frame-ancestors itself
        frame(key, "https://evil.example.org/").statusCode(403).contentType("application/problem+json");
        frame(key, null).statusCode(200);
        given().queryParam("lang", "en").queryParam("sector", "industrie").when()
                .get("/api/v1/catalogue/embed/" + key + "/frame").then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("\"sector\":\"industrie\""));
        given().queryParam("lang", "de").when().get("/api/v1/catalogue/embed/" + key + "/frame").then()
                .statusCode(400);
        frame("pk_doesnotexist0000000000000", PARTNER).statusCode(404);

        // concurrent frames are all counted
        CompletableFuture.allOf(IntStream.range(0, 20).mapToObj(i -> CompletableFuture.runAsync(() ->
                frame(key, PARTNER + "/").statusCode(200))).toArray(CompletableFuture[]::new)).join();

        String today = LocalDate.now().toString();
        as("curator.alice").when().get(KEYS + "/" + key + "/usage").then().statusCode(200)
                .body("shown", equalTo(23))
                .body("refused", equalTo(1))
                .body("days[0].day", equalTo(today));
        as("curator.alice").queryParam("since", "2026-12-31").queryParam("until", "2026-01-01").when()
                .get(KEYS + "/" + key + "/usage").then().statusCode(400);
    }

    @Test
    void anInactiveKeyShowsNothing() {
        String key = create();
        Map<String, Object> inactive = input();
        inactive.put("active", false);
        as("curator.alice").header("If-Match", "\"0\"").body(inactive).when().put(KEYS + "/" + key).then()
                .statusCode(200).body("active", equalTo(false));
        frame(key, PARTNER + "/").statusCode(404).body(not(containsString("<html")));
    }
}
