package fr.boussole.catalogue.rest;

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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The curators' workflow: draft, review, four-eyes publication, archive; history; validation; roles. */
@QuarkusTest
class UseCaseCurationTest {

    private static final String CURATION = "/api/v1/catalogue/curation/use-cases";
    private static final String PUBLIC = "/api/v1/catalogue/use-cases";

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

    /** A complete use case, ready to publish once reviewed. */
    private static Map<String, Object> draft(String slug, String frTitle) {
        return Map.of(
                "slug", slug,
                "translations", Map.of(
                        "fr", Map.of("title", frTitle, "summary", "Lire les bons de livraison scannés.",
                                "body", "La reconnaissance de documents extrait les quantités livrées.",
                                "benefits", List.of("Moins de saisie")),
                        "en", Map.of("title", "Delivery note reading", "summary", "Read scanned delivery notes.",
                                "body", "Document recognition extracts the delivered quantities.",
                                "benefits", List.of("Less typing"))),
                "sectors", List.of(),
                "functions", List.of("logistique"),
                "transversal", true,
                "dataKinds", List.of("TEXT", "IMAGES"),
                "solutionTypes", List.of("TURNKEY"),
                "personalData", false,
                "prerequisites", Map.of("data", 30, "skills", 10, "funding", 20, "strategy", 20, "ethics", 10),
                "sources", List.of(Map.of("title", "Essai", "url", "https://example.org/essai")));
    }

    private static Response create(String user, Map<String, Object> draft) {
        return as(user).body(draft).when().post(CURATION);
    }

    private static String tag(String slug) {
        return as("curator.alice").when().get(CURATION + "/" + slug).then().statusCode(200).extract().header("ETag");
    }

    private static Response step(String user, String slug, String action) {
        return as(user).header("If-Match", tag(slug)).when().post(CURATION + "/" + slug + "/" + action);
    }

    @Test
    void aUseCaseGoesFromDraftToPublishedUnderFourEyesAndEveryStepIsRecorded() {
        String slug = newSlug();
        Response created = create("curator.alice", draft(slug, "Lecture des bons de livraison"));
        created.then().statusCode(201)
                .header("Location", CURATION + "/" + slug)
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo("curator.alice"));

        // Not public while a draft.
        given().when().get(PUBLIC + "/" + slug).then().statusCode(404);
        given().queryParam("q", "bons de livraison").when().get(PUBLIC).then().statusCode(200)
                .body("items.slug", not(hasItem(slug)));

        Map<String, Object> edited = new HashMap<>(draft(slug, "Lecture automatique des bons de livraison"));
        edited.remove("slug");
        as("curator.alice").body(edited).when().put(CURATION + "/" + slug).then().statusCode(428);
        as("curator.alice").header("If-Match", "\"7\"").body(edited).when().put(CURATION + "/" + slug)
                .then().statusCode(412);
        as("curator.alice").header("If-Match", "\"0\"").body(edited).when().put(CURATION + "/" + slug)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("translations.fr.title", equalTo("Lecture automatique des bons de livraison"));

        step("curator.alice", slug, "publish").then().statusCode(409);
        step("curator.alice", slug, "submit").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        step("curator.alice", slug, "publish").then().statusCode(403)
                .contentType("application/problem+json").body("detail", startsWith("Four-eyes"));
        step("curator.bruno", slug, "publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("curator.bruno"));

        given().when().get(PUBLIC + "/" + slug).then().statusCode(200)
                .body("title", equalTo("Lecture automatique des bons de livraison"));
        given().header("Accept-Language", "en").queryParam("q", "delivery notes").when().get(PUBLIC)
                .then().statusCode(200).body("items[0].slug", equalTo(slug));

        as("curator.bruno").when().get(CURATION + "/" + slug + "/history").then().statusCode(200)
                .body("items.action", contains("PUBLISHED", "SUBMITTED", "EDITED", "CREATED"))
                .body("items.actor", contains("curator.bruno", "curator.alice", "curator.alice", "curator.alice"))
                .body("items[2].changes.'translations.fr.title'.before", equalTo("Lecture des bons de livraison"))
                .body("items[2].changes.'translations.fr.title'.after",
                        equalTo("Lecture automatique des bons de livraison"))
                .body("items[0].changes.status.after", equalTo("PUBLISHED"));

        // Leaves the public catalogue as the seed made it, for the other tests of this run.
        step("curator.bruno", slug, "archive").then().statusCode(200);
    }

    @Test
    void editingAPublishedUseCaseKeepsThePublishedCopyOnlineUntilTheNextPublication() {
        String slug = newSlug();
        create("curator.bruno", draft(slug, "Version publiée")).then().statusCode(201);
        step("curator.bruno", slug, "submit").then().statusCode(200);
        step("admin.ops", slug, "publish").then().statusCode(200);

        Map<String, Object> edited = new HashMap<>(draft(slug, "Version en cours"));
        as("curator.alice").header("If-Match", tag(slug)).body(edited).when().put(CURATION + "/" + slug)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(200).body("title", equalTo("Version publiée"));

        step("curator.alice", slug, "archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(404);
        step("curator.alice", slug, "archive").then().statusCode(409);
        as("admin.ops").queryParam("status", "ARCHIVED").queryParam("size", 100).when().get(CURATION)
                .then().statusCode(200).body("items.slug", hasItem(slug));
    }

    @Test
    void anIncompleteUseCaseCannotBePublishedAndSaysWhatIsMissing() {
        String slug = newSlug();
        Map<String, Object> partial = Map.of(
                "slug", slug,
                "translations", Map.of("fr", Map.of("title", "Idée à creuser")),
                "criticalDomain", "HEALTH",
                "prerequisites", Map.of("data", 0, "skills", 0, "funding", 0, "strategy", 0, "ethics", 0));
        create("curator.alice", partial).then().statusCode(201);
        step("curator.alice", slug, "submit").then().statusCode(200);
        step("curator.bruno", slug, "publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("translations.en.title", "translations.fr.summary",
                        "translations.fr.criticalRationale", "functions", "sectors", "dataKinds", "solutionTypes"));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(404);
    }

    @Test
    void badDraftsAreRefusedFieldByFieldAndNothingIsStored() {
        String slug = newSlug();
        Map<String, Object> bad = new HashMap<>(draft(slug, " "));
        bad.put("sectors", List.of("sante", "espace"));
        bad.put("transversal", true);
        create("curator.alice", bad).then().statusCode(400)
                .body("errors.field", hasItems("translations.fr.title", "sectors[1]", "sectors"));

        Map<String, Object> shape = new HashMap<>(draft("Pas Un Slug", "Titre"));
        shape.put("prerequisites", Map.of("data", 101, "skills", -1, "funding", 0, "strategy", 0, "ethics", 0));
        shape.put("sources", List.of(Map.of("title", "x", "url", "ftp://example.org")));
        create("curator.alice", shape).then().statusCode(400)
                .body("errors.field", hasItems("slug", "prerequisites.data", "prerequisites.skills", "sources[0].url"));

        Map<String, Object> unknown = new HashMap<>(draft(slug, "Titre"));
        unknown.put("popularity", 5);
        create("curator.alice", unknown).then().statusCode(400).body("detail", equalTo("Unknown field 'popularity'"));
        Map<String, Object> wrongEnum = new HashMap<>(draft(slug, "Titre"));
        wrongEnum.put("dataKinds", List.of("SMELL"));
        create("curator.alice", wrongEnum).then().statusCode(400).body("errors[0].field", equalTo("dataKinds[0]"));
        Map<String, Object> noSlug = new HashMap<>(draft(slug, "Titre"));
        noSlug.remove("slug");
        create("curator.alice", noSlug).then().statusCode(400).body("errors[0].field", equalTo("slug"));

        as("curator.alice").when().get(CURATION + "/" + slug).then().statusCode(404);
        create("curator.alice", draft("tri-candidatures", "Doublon")).then().statusCode(409);
    }

    @Test
    void curationIsForCuratorsAndAdminsOnly() {
        given().when().get(CURATION).then().statusCode(401).contentType("application/problem+json");
        for (String user : List.of("sme.paris", "advisor.lyon")) {
            as(user).when().get(CURATION).then().statusCode(403);
            as(user).body(draft(newSlug(), "Titre")).when().post(CURATION).then().statusCode(403);
            as(user).when().get(CURATION + "/tri-candidatures/history").then().statusCode(403);
        }
        given().auth().oauth2(KeycloakTokens.clientCredentials("crm-cci-paris-idf", "crm-paris-demo-secret"))
                .when().get(CURATION + "/tri-candidatures").then().statusCode(403);
        as("admin.ops").when().get(CURATION + "/tri-candidatures").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("lastEditor", equalTo("seed"));
    }

    @Test
    void twoCuratorsEditingTheSameVersionAtOnceCannotBothWin() throws Exception {
        String slug = newSlug();
        create("curator.alice", draft(slug, "Départ")).then().statusCode(201);
        String version = tag(slug);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String user : List.of("curator.alice", "curator.bruno")) {
                Map<String, Object> body = new HashMap<>(draft(slug, "Titre de " + user));
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
                    winner = answer.get().path("translations.fr.title");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            as("curator.alice").when().get(CURATION + "/" + slug).then()
                    .body("translations.fr.title", equalTo(winner)).body("version", equalTo(1));
            as("curator.alice").when().get(CURATION + "/" + slug + "/history").then()
                    .body("items.action", contains("EDITED", "CREATED"));
        } finally {
            pool.shutdownNow();
        }
    }
}
