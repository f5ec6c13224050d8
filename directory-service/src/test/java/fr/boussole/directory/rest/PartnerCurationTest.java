package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.directory.testing.CatalogueStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The curators' workflow for partners, their validation (codes here and in the catalogue) and roles. */
@QuarkusTest
@QuarkusTestResource(CatalogueStub.class)
class PartnerCurationTest {

    private static final String CURATION = "/api/v1/directory/curation/partners";
    private static final String PUBLIC = "/api/v1/directory/partners";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String newSlug() {
        return "essai-" + Long.toHexString(System.nanoTime());
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    private static Map<String, Object> draft(String slug, String name) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("slug", slug);
        draft.put("kind", "data-solution-provider");
        draft.put("name", name);
        draft.put("description", Map.of("fr", "Valorise les données de caisse.", "en", "Makes till data useful."));
        draft.put("siren", "910012129");
        draft.put("regions", List.of("93"));
        draft.put("departements", List.of("2A"));
        draft.put("sectors", List.of("commerce"));
        draft.put("useCases", List.of("pricing-intelligent", "recommandations"));
        draft.put("offers", List.of("PROOF_OF_CONCEPT"));
        draft.put("firstTest", Map.of("minMonths", 1, "maxMonths", 6));
        draft.put("website", "https://caisse-data.example.org");
        draft.put("contact", Map.of("name", "Léa Fabre", "email", "lea.fabre@caisse-data.example.org"));
        return draft;
    }

    private static String tag(String slug) {
        return as("curator.alice").when().get(CURATION + "/" + slug).then().statusCode(200).extract().header("ETag");
    }

    private static Response step(String user, String slug, String action) {
        return as(user).header("If-Match", tag(slug)).when().post(CURATION + "/" + slug + "/" + action);
    }

    @Test
    void aPartnerIsWrittenReviewedPublishedUnderFourEyesAndArchived() {
        String slug = newSlug();
        as("curator.alice").body(draft(slug, "Caisse Data")).when().post(CURATION).then().statusCode(201)
                .header("Location", CURATION + "/" + slug).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("content.useCases", contains("pricing-intelligent",
                        "recommandations"));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(404);

        step("curator.alice", slug, "submit").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        step("curator.alice", slug, "publish").then().statusCode(403).body("detail", startsWith("Four-eyes"));
        step("curator.bruno", slug, "publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(200)
                .body("name", equalTo("Caisse Data")).body("departements", contains("2A"));
        given().queryParam("q", "donnees de caisse").when().get(PUBLIC).then().body("items.slug", hasItem(slug));

        // An edit goes back to draft; the public keeps the published version until the next publication.
        Map<String, Object> renamed = draft(slug, "Caisse Data Corse");
        as("curator.bruno").header("If-Match", tag(slug)).body(renamed).when().put(CURATION + "/" + slug)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        given().when().get(PUBLIC + "/" + slug).then().body("name", equalTo("Caisse Data"));
        given().queryParam("q", "corse").when().get(PUBLIC).then().body("items.slug", not(hasItem(slug)));

        as("admin.ops").when().get(CURATION + "/" + slug + "/history").then().statusCode(200)
                .body("items.action", contains("EDITED", "PUBLISHED", "SUBMITTED", "CREATED"))
                .body("items[0].changes.name.before", equalTo("Caisse Data"))
                .body("items[0].changes.name.after", equalTo("Caisse Data Corse"));

        step("curator.alice", slug, "archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(404);
        given().queryParam("q", "donnees de caisse").when().get(PUBLIC).then()
                .body("items.slug", not(hasItem(slug)));
    }

    @Test
    void badDraftsAreRefusedFieldByFieldAndNothingIsStored() {
        String slug = newSlug();
        Map<String, Object> bad = draft(slug, "Mauvais");
        bad.put("siren", "910012120");
        bad.put("regions", List.of("99"));
        bad.put("departements", List.of("20"));
        bad.put("kind", "voyante");
        bad.put("website", "ftp://x");
        bad.put("firstTest", Map.of("minMonths", 6, "maxMonths", 2));
        as("curator.alice").body(bad).when().post(CURATION).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("siren", "website"));
        bad.put("siren", "910012129");
        bad.put("website", "https://x.example.org");
        as("curator.alice").body(bad).when().post(CURATION).then().statusCode(400)
                .body("errors.field", hasItems("kind", "regions[0]", "departements[0]", "firstTest"));

        Map<String, Object> unknownInCatalogue = draft(slug, "Inconnu");
        unknownInCatalogue.put("sectors", List.of("commerce", "astrologie"));
        unknownInCatalogue.put("useCases", List.of("chatbot", "lecture-des-lignes-de-la-main"));
        as("curator.alice").body(unknownInCatalogue).when().post(CURATION).then().statusCode(400)
                .body("errors.field", contains("sectors[1]", "useCases[1]"));

        as("curator.alice").when().get(CURATION + "/" + slug).then().statusCode(404);
        as("curator.alice").body(draft("bpifrance", "Doublon")).when().post(CURATION).then().statusCode(409);
    }

    @Test
    void aCatalogueThatCannotAnswerStopsTheWriteWith503() {
        String slug = newSlug();
        CatalogueStub.DOWN = true;
        try {
            as("curator.alice").body(draft(slug, "En attente")).when().post(CURATION).then().statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            CatalogueStub.DOWN = false;
        }
        as("curator.alice").when().get(CURATION + "/" + slug).then().statusCode(404);
    }

    @Test
    void curationIsForCuratorsAndAdminsOnly() {
        given().when().get(CURATION).then().statusCode(401);
        for (String user : List.of("sme.paris", "advisor.paris")) {
            as(user).when().get(CURATION).then().statusCode(403);
            as(user).body(draft(newSlug(), "Intrus")).when().post(CURATION).then().statusCode(403);
        }
        as("admin.ops").queryParam("status", "PUBLISHED").queryParam("size", 100).when().get(CURATION)
                .then().statusCode(200).body("items.slug", hasItems("bpifrance", "factura-clic-demo"));
        as("curator.alice").when().get(CURATION + "/factura-clic-demo").then().statusCode(200)
                .body("lastEditor", equalTo("seed")).body("content.contact.name", equalTo("Camille Martin"));
    }

    @Test
    void twoCuratorsEditingTheSameVersionAtOnceCannotBothWin() throws Exception {
        String slug = newSlug();
        as("curator.alice").body(draft(slug, "Départ")).when().post(CURATION).then().statusCode(201);
        String version = tag(slug);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String user : List.of("curator.alice", "curator.bruno")) {
                Map<String, Object> body = draft(slug, "Nom de " + user);
                String token = KeycloakTokens.of(user);
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType("application/json").header("If-Match", version)
                            .body(body).when().put(CURATION + "/" + slug);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
                if (answer.get().statusCode() == 200) {
                    winner = answer.get().path("content.name");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            as("curator.alice").when().get(CURATION + "/" + slug).then()
                    .body("content.name", equalTo(winner)).body("version", equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }
}
