package fr.boussole.e2e;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.response.Response;

/** The directory as frontends and curators call it: through the gateway, with real tokens and services. */
class DirectoryThroughGatewayIT {

    @Test
    void eligibilityThroughTheGateway() {
        Suite.gateway().contentType("application/json")
                .body(Map.of("employees", 40, "departement", "92", "innovativeProject", true,
                        "everReceivedInnovationAid", false))
                .when().post("/api/v1/directory/eligibility")
                .then().statusCode(200)
                .body("items.find { it.aidId == 'innov-up' }.status", equalTo("ELIGIBLE"))
                .body("items[0].status", equalTo("ELIGIBLE"));
        Suite.gateway().contentType("application/json").body(Map.of("departement", "20"))
                .when().post("/api/v1/directory/eligibility")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPartnerIsCheckedAgainstTheRealCatalogueWhenWritten() {
        String slug = "e2e-" + Long.toHexString(System.currentTimeMillis());
        Map<String, Object> draft = Map.of("slug", slug, "kind", "turnkey-solution-provider", "name", "Essai E2E",
                "sectors", List.of("commerce"), "useCases", List.of("chatbot", "voyance-par-ia"));
        Suite.gateway().auth().oauth2(KeycloakTokens.of("curator.alice")).contentType("application/json")
                .body(draft).when().post("/api/v1/directory/curation/partners")
                .then().statusCode(400).body("errors.field", contains("useCases[1]"));

        Map<String, Object> valid = Map.of("slug", slug, "kind", "turnkey-solution-provider", "name", "Essai E2E",
                "sectors", List.of("commerce"), "useCases", List.of("chatbot"));
        Response created = Suite.gateway().auth().oauth2(KeycloakTokens.of("curator.alice"))
                .contentType("application/json").body(valid).when().post("/api/v1/directory/curation/partners");
        created.then().statusCode(201);
        Suite.gateway().auth().oauth2(KeycloakTokens.of("curator.alice")).header("If-Match", created.header("ETag"))
                .when().post(created.header("Location") + "/archive").then().statusCode(200);
    }

    @Test
    void contactsStayHiddenFromThePublicThroughTheGateway() {
        Suite.gateway().when().get("/api/v1/directory/partners/factura-clic-demo")
                .then().statusCode(200).body("contact", nullValue());
        Suite.gateway().auth().oauth2(KeycloakTokens.of("curator.bruno"))
                .when().get("/api/v1/directory/partners/factura-clic-demo")
                .then().statusCode(200).body("contact.name", equalTo("Camille Martin"));
        // The partner itself: a company user whose siren is the partner's.
        Suite.gateway().auth().oauth2(KeycloakTokens.of("partner.factura"))
                .when().get("/api/v1/directory/partners/factura-clic-demo")
                .then().statusCode(200).body("contact.name", equalTo("Camille Martin"));
        Suite.gateway().auth().oauth2(KeycloakTokens.of("sme.paris"))
                .when().get("/api/v1/directory/partners/factura-clic-demo")
                .then().statusCode(200).body("contact", nullValue());
    }

    @Test
    void partnersAndAidsAreSearchedThroughTheGatewayAndAnUnchangedResultIsNotSentAgain() {
        Response found = Suite.gateway().queryParam("q", "données terrain").queryParam("region", "75")
                .when().get("/api/v1/directory/partners");
        found.then().statusCode(200)
                .body("items.slug", hasItem("donnees-terrain-demo"))
                .body("facets.kinds.value", hasItem("data-solution-provider"));
        Suite.gateway().queryParam("q", "données terrain").queryParam("region", "75")
                .header("If-None-Match", found.header("ETag"))
                .when().get("/api/v1/directory/partners").then().statusCode(304);
        Suite.gateway().header("Accept-Language", "en").queryParam("q", "tax credit")
                .when().get("/api/v1/directory/aids").then().statusCode(200)
                .body("items.id", hasItems("credit-impot-recherche", "credit-impot-innovation"));
    }

    @Test
    void evaluationsAreRecordedAndComparedThroughTheGateway() {
        // Each partner has one evaluator here (the same each run: an evaluation is replaced, not added).
        for (Map.Entry<String, String> evaluation : Map.of("sme.lyon", "visites-usines-normandie-demo",
                "advisor.lyon", "cours-ia-en-ligne-demo").entrySet()) {
            int score = evaluation.getKey().startsWith("sme") ? 4 : 2;
            Suite.gateway().auth().oauth2(KeycloakTokens.of(evaluation.getKey())).contentType("application/json")
                    .body(Map.of("scores", Map.of("BUSINESS_NEEDS", score, "TRAINING", 5), "comment", "E2E"))
                    .when().put("/api/v1/directory/partners/" + evaluation.getValue() + "/evaluations/mine")
                    .then().statusCode(anyOf(is(200), is(201)));
        }
        // Weights 3 and 1: (3×4 + 1×5) / 4 = 4.25 against (3×2 + 1×5) / 4 = 2.75.
        Suite.gateway().contentType("application/json")
                .body(Map.of("partners", List.of("cours-ia-en-ligne-demo", "visites-usines-normandie-demo"),
                        "weights", Map.of("BUSINESS_NEEDS", 3, "TRAINING", 1, "TOTAL_COST", 0, "TRUST", 0,
                                "REPUTATION", 0, "CLIENT_REFERENCES", 0, "OFFER_QUALITY", 0, "INTERNAL_TEAM", 0)))
                .when().post("/api/v1/directory/comparisons").then().statusCode(200)
                .body("partners.slug", contains("visites-usines-normandie-demo", "cours-ia-en-ligne-demo"))
                .body("partners.score", contains(4.25f, 2.75f));
    }

    @Test
    void aidsExportedAsCsvComeBackThroughTheGatewayUnchanged() {
        String csv = Suite.gateway().accept("text/csv").when().get("/api/v1/directory/aids/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        Suite.gateway().auth().oauth2(KeycloakTokens.of("curator.bruno")).contentType("text/csv; charset=UTF-8")
                .body(csv).when().post("/api/v1/directory/aids/import")
                .then().statusCode(200)
                .body("created", empty()).body("updated", empty())
                .body("unchanged", hasItems("innov-up", "credit-impot-recherche"));
    }
}
