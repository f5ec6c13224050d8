package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** Every use case of the guide is published, in both languages, and each sector and function counts its own. */
@QuarkusTest
class UseCaseCatalogueTest {

    private static final String USE_CASES = "/api/v1/catalogue/use-cases";

    /** The guide's use cases by French title, and where it lists them. */
    private static final Map<String, String> GUIDE = Map.ofEntries(
            Map.entry("detection-tendances", "direction"), Map.entry("scenarios-prospectifs", "direction"),
            Map.entry("rapprochement-factures", "finance-comptabilite"),
            Map.entry("saisie-comptable-automatisee", "finance-comptabilite"),
            Map.entry("inventaire-dynamique-stocks", "logistique"),
            Map.entry("prediction-fluidification-trafic", "logistique"),
            Map.entry("pricing-intelligent", "marketing-commercial"),
            Map.entry("ciblage-segmentation-client", "marketing-commercial"),
            Map.entry("veille-concurrentielle", "marketing-commercial"), Map.entry("chatbot", "relation-client"),
            Map.entry("assistant-virtuel", "relation-client"), Map.entry("recommandations", "relation-client"),
            Map.entry("optimisation-energetique", "production"), Map.entry("maintenance-predictive", "production"),
            Map.entry("controle-qualite", "production"), Map.entry("apprentissage-adaptatif", "ressources-humaines"),
            Map.entry("gestion-competences-talents", "ressources-humaines"),
            Map.entry("tri-candidatures", "ressources-humaines"),
            Map.entry("analyse-champs-drone", "agriculture"), Map.entry("prevision-production", "agriculture"),
            Map.entry("prevision-mouvements-marche", "banque-assurance"),
            Map.entry("detection-fraude-assurance", "banque-assurance"),
            Map.entry("suggestion-destinations", "tourisme-loisir"),
            Map.entry("detection-bagages-abandonnes", "tourisme-loisir"),
            Map.entry("analyse-documents", "tertiaire-superieur"), Map.entry("rendez-vous-chatbot", "sante"),
            Map.entry("detection-pathologies", "sante"), Map.entry("suivi-medical-automatise", "sante"),
            Map.entry("rd-pharmaceutique", "sante"), Map.entry("detection-panier-photo", "commerce"),
            Map.entry("prevention-risques", "construction"),
            Map.entry("surveillance-equipements-protection", "construction"),
            Map.entry("valorisation-fonciere", "construction"), Map.entry("previsions-trafic", "transport-logistique"),
            Map.entry("suggestion-itineraire", "transport-logistique"),
            Map.entry("detection-pieces-defectueuses", "industrie"));

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyUseCaseOfTheGuideIsPublishedWhereTheGuideListsItInBothLanguages() {
        JsonPath dump = given().when().get("/api/v1/catalogue/dump").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> useCases = dump.getList("useCases");
        assertThat(useCases).extracting(useCase -> useCase.get("slug")).containsExactlyInAnyOrderElementsOf(GUIDE.keySet());
        for (Map<String, Object> useCase : useCases) {
            String slug = (String) useCase.get("slug");
            String listedUnder = GUIDE.get(slug);
            assertThat(((List<?>) useCase.get("functions")).contains(listedUnder)
                    || ((List<?>) useCase.get("sectors")).contains(listedUnder)).as(slug + " under " + listedUnder).isTrue();
            for (String language : List.of("fr", "en")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> texts = (Map<String, Object>) useCase.get(language);
                assertThat(texts).as(slug + " in " + language).containsKeys("title", "summary", "body", "benefits");
                assertThat(texts.values()).as(slug + " in " + language).allSatisfy(value -> assertThat(value).isNotNull());
                assertThat((List<?>) texts.get("benefits")).as(slug).isNotEmpty();
            }
            assertThat((List<?>) useCase.get("solutionTypes")).as(slug).isNotEmpty();
            assertThat((List<?>) useCase.get("dataKinds")).as(slug).isNotEmpty();
            assertThat(useCase.get("transversal")).as(slug).isEqualTo(((List<?>) useCase.get("sectors")).isEmpty());
        }
        assertThat(dump.getList("sectors")).hasSize(9);
        assertThat(dump.getList("businessFunctions")).hasSize(7);
    }

    @Test
    void valuesOverTheirBoundsAreInvalidRequestsAndAnAbsentValueIsLeftOut() {
        given().when().get(USE_CASES + "/" + "a".repeat(81)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/validation-error"));
        given().when().get(USE_CASES + "/" + "a".repeat(80)).then().statusCode(404);
        given().queryParam("function", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "f" + i).toList())
                .when().get(USE_CASES).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("function", "f".repeat(81)).when().get(USE_CASES).then().statusCode(400);
        // a use case outside critical domains has no criticalDomain: the key is absent, never null
        given().when().get(USE_CASES + "/rapprochement-factures").then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("criticalDomain")))
                .body("$", not(org.hamcrest.Matchers.hasKey("criticalRationale")));
    }

    @Test
    void criticalDomainsSayWhyTheyMatter() {
        given().header("Accept-Language", "en").when().get(USE_CASES + "/tri-candidatures")
                .then().statusCode(200)
                .body("criticalDomain", equalTo("HR"))
                .body("criticalRationale", notNullValue())
                .body("personalData", equalTo(true))
                .body("body", org.hamcrest.Matchers.containsString("80%"))
                .body("prerequisites.ethics", equalTo(80))
                .body("solutionTypes[0].type", equalTo("TURNKEY"))
                .body("solutionTypes[0].firstTestMinMonths", equalTo(1))
                .body("solutionTypes[0].firstTestMaxMonths", equalTo(3));
        given().queryParam("criticalDomain", "health").when().get(USE_CASES).then().statusCode(200)
                .body("items.criticalDomain", everyItem(equalTo("HEALTH")))
                .body("items.slug", hasItems("detection-pathologies", "suivi-medical-automatise",
                        "rendez-vous-chatbot", "rd-pharmaceutique"));
    }

    @Test
    void sectorsAndFunctionsCountTheirPublishedUseCases() {
        given().queryParam("size", 100).when().get("/api/v1/catalogue/sectors")
                .then().statusCode(200)
                .body("items.find { it.code == 'sante' }.useCaseCount", equalTo(18 + 4))
                .body("items.find { it.code == 'tertiaire-superieur' }.useCaseCount", equalTo(18 + 1))
                .body("items.useCaseCount", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(19)));
        given().when().get("/api/v1/catalogue/business-functions")
                .then().statusCode(200)
                .body("items.find { it.code == 'ressources-humaines' }.useCaseCount", equalTo(5));
    }

    @Test
    void aUseCaseReadsInTheCallersLanguageWithAVersionedTag() {
        String tag = given().when().get(USE_CASES + "/maintenance-predictive")
                .then().statusCode(200)
                .header("Content-Language", "fr")
                .body("title", equalTo("Maintenance prédictive"))
                .extract().header("ETag");
        assertThat(tag).matches("\"\\d+-fr\"");
        given().header("If-None-Match", tag).when().get(USE_CASES + "/maintenance-predictive").then().statusCode(304);
        given().header("Accept-Language", "en").when().get(USE_CASES + "/maintenance-predictive")
                .then().statusCode(200).body("title", equalTo("Predictive maintenance"));
        given().when().get(USE_CASES + "/teleportation").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theDumpIsStreamedAndRevalidated() {
        var response = given().when().get("/api/v1/catalogue/dump");
        response.then().statusCode(200).header("Transfer-Encoding", "chunked");
        String tag = response.header("ETag");
        assertThat(tag).startsWith("W/\"");
        given().header("If-None-Match", tag).when().get("/api/v1/catalogue/dump").then().statusCode(304);
    }

    @Test
    void withoutWordsEveryPublishedUseCaseIsListedAlphabetically() {
        given().queryParam("size", 100).when().get(USE_CASES)
                .then().statusCode(200)
                .body("total", equalTo(GUIDE.size()))
                .body("items", hasSize(GUIDE.size()))
                .body("items[0].slug", equalTo("analyse-champs-drone"))
                .body("items.title", hasItem("Détection de bagages abandonnés"))
                .body("items.title", not(hasItem((Object) null)));
        given().header("Accept-Language", "en").queryParam("size", 1).when().get(USE_CASES)
                .then().statusCode(200).body("items[0].slug", equalTo("detection-bagages-abandonnes"));
    }

    @Test
    void inASectorItsOwnUseCasesComeBeforeTheTransversalOnes() {
        given().queryParam("sector", "sante").when().get(USE_CASES)
                .then().statusCode(200)
                .body("total", equalTo(22))
                .body("items[0..3].slug", contains("detection-pathologies", "rd-pharmaceutique",
                        "rendez-vous-chatbot", "suivi-medical-automatise"))
                .body("items[4].transversal", equalTo(true));
    }
}
