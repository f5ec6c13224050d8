package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.CurationWorkflowTests;
import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The curators' workflow for use cases: the shared workflow (see {@link CurationWorkflowTests}), and what is
 * particular to use cases: references to the taxonomy, what publication needs, the public search.
 */
@QuarkusTest
class UseCaseCurationTest extends CurationWorkflowTests {

    private static final String CURATION = "/api/v1/catalogue/curation/use-cases";
    private static final String PUBLIC = "/api/v1/catalogue/use-cases";

    UseCaseCurationTest() {
        super(new CuratedContent(CURATION, PUBLIC, "translations.fr.title", "translations.fr.title", "title"));
    }

    @Override
    protected Map<String, Object> draft(String slug, String frTitle) {
        Map<String, Object> draft = new HashMap<>(Map.of(
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
                "sources", List.of(Map.of("title", "Essai", "url", "https://example.org/essai"))));
        draft.put("aiAct", Map.of("category", "MINIMAL",
                "reasoningFr", "Des documents, aucune décision sur des personnes : risque minimal.",
                "reasoningEn", "Documents, no decision about people: minimal risk."));
        return draft;
    }

    @Test
    void thePublicSearchFindsAUseCaseInBothLanguagesOnlyOncePublished() {
        String slug = newSlug();
        create("curator.alice", draft(slug, "Lecture des bons de livraison")).then().statusCode(201);
        given().queryParam("q", "bons de livraison").when().get(PUBLIC).then().statusCode(200)
                .body("items.slug", not(hasItem(slug)));
        step("curator.alice", slug, "submit").then().statusCode(200);
        step("curator.bruno", slug, "publish").then().statusCode(200);
        given().header("Accept-Language", "en").queryParam("q", "delivery notes").when().get(PUBLIC)
                .then().statusCode(200).body("items.slug", hasItem(slug));
        // the curator's AI Act classification, dated the day it was given, with the duties that follow from it
        as("curator.bruno").when().get(CURATION + "/" + slug).then().statusCode(200)
                .body("aiAct.category", equalTo("MINIMAL"))
                .body("aiAct.checkedOn", equalTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString()));
        given().header("Accept-Language", "en").when().get(PUBLIC + "/" + slug).then().statusCode(200)
                .body("aiAct.category", equalTo("MINIMAL"))
                .body("aiAct.reasoning", equalTo("Documents, no decision about people: minimal risk."))
                .body("aiAct.duties.code", contains("ai-literacy"))
                .body("aiAct.source", containsString("2024/1689"));
        // Leaves the public catalogue as the seed made it, for the other tests of this run.
        step("curator.bruno", slug, "archive").then().statusCode(200);
        given().queryParam("q", "bons de livraison").when().get(PUBLIC).then().body("items.slug", not(hasItem(slug)));
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
                        "translations.fr.criticalRationale", "functions", "sectors", "dataKinds", "solutionTypes",
                        "aiAct"));
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

        Map<String, Object> unclassified = new HashMap<>(draft(slug, "Titre"));
        unclassified.put("aiAct", Map.of("category", "MINIMAL", "reasoningFr", " ", "checkedOn", "2999-01-01"));
        create("curator.alice", unclassified).then().statusCode(400)
                .body("errors.field", hasItems("aiAct.reasoningFr", "aiAct.checkedOn"));
        unclassified.put("aiAct", Map.of("category", "SCARY", "reasoningFr", "Pourquoi"));
        create("curator.alice", unclassified).then().statusCode(400);

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
    void aClientOfTheCrmIsNoCuratorAndTheSeedIsCuratedContentToo() {
        given().auth().oauth2(KeycloakTokens.clientCredentials("crm-cci-paris-idf", "crm-paris-demo-secret"))
                .when().get(CURATION + "/tri-candidatures").then().statusCode(403);
        as("admin.ops").when().get(CURATION + "/tri-candidatures").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("lastEditor", equalTo("seed"));
    }
}
