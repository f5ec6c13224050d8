package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.CurationWorkflowTests;
import fr.boussole.directory.testing.CatalogueStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The curators' workflow for partners: the shared workflow (see {@link CurationWorkflowTests}), and what is
 * particular to partners: codes checked here and in the catalogue, what publication needs, the public search.
 */
@QuarkusTest
@QuarkusTestResource(CatalogueStub.class)
class PartnerCurationTest extends CurationWorkflowTests {

    private static final String CURATION = "/api/v1/directory/curation/partners";
    private static final String PUBLIC = "/api/v1/directory/partners";

    PartnerCurationTest() {
        super(new CuratedContent(CURATION, PUBLIC, "content.name", "name", "name"));
    }

    @Override
    protected Map<String, Object> draft(String slug, String name) {
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

    @Test
    void thePublicSearchSeesOnlyThePublishedDocument() {
        String slug = newSlug();
        create("curator.alice", draft(slug, "Caisse Data")).then().statusCode(201)
                .body("content.useCases", contains("pricing-intelligent", "recommandations"));
        step("curator.alice", slug, "submit").then().statusCode(200);
        step("curator.bruno", slug, "publish").then().statusCode(200);
        given().when().get(PUBLIC + "/" + slug).then().statusCode(200).body("departements", contains("2A"));
        given().queryParam("q", "donnees de caisse").when().get(PUBLIC).then().body("items.slug", hasItem(slug));

        edit("curator.bruno", slug, draft(slug, "Caisse Data Corse")).then().statusCode(200);
        given().queryParam("q", "corse").when().get(PUBLIC).then().body("items.slug", not(hasItem(slug)));

        step("curator.alice", slug, "archive").then().statusCode(200);
        given().queryParam("q", "donnees de caisse").when().get(PUBLIC).then()
                .body("items.slug", not(hasItem(slug)));
    }

    @Test
    void aPartnerNeedsItsDescriptionInBothLanguagesToBePublished() {
        String slug = newSlug();
        Map<String, Object> french = new HashMap<>(draft(slug, "Seulement en français"));
        french.put("description", Map.of("fr", "Une description."));
        create("curator.alice", french).then().statusCode(201);
        step("curator.alice", slug, "submit").then().statusCode(200);
        step("curator.bruno", slug, "publish").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("description.en"));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(404);
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
    void theSeedsPartnersAreCuratedContentToo() {
        as("admin.ops").queryParam("status", "PUBLISHED").queryParam("size", 100).when().get(CURATION)
                .then().statusCode(200).body("items.slug", hasItems("bpifrance", "factura-clic-demo"));
        as("curator.alice").when().get(CURATION + "/factura-clic-demo").then().statusCode(200)
                .body("lastEditor", equalTo("seed")).body("content.contact.name", equalTo("Camille Martin"));
    }
}
