package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Search finds what a person would expect first, whatever the accents, plurals and words they use. */
@QuarkusTest
class UseCaseSearchTest {

    private static final String USE_CASES = "/api/v1/catalogue/use-cases";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonPath search(String language, Object... query) {
        RequestSpecification request = given().header("Accept-Language", language);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get(USE_CASES).then().statusCode(200).extract().jsonPath();
    }

    private static String first(String language, String words) {
        return search(language, "q", words).getString("items[0].slug");
    }

    @Test
    void theExpectedUseCaseComesFirst() {
        assertThat(first("fr", "maintenance prédictive")).isEqualTo("maintenance-predictive");
        assertThat(first("fr", "détection de fraudes")).isEqualTo("detection-fraude-assurance");
        assertThat(first("fr", "tri des CV")).isEqualTo("tri-candidatures");
        assertThat(first("fr", "rapprochement factures")).isEqualTo("rapprochement-factures");
        assertThat(first("fr", "drone")).isEqualTo("analyse-champs-drone");
        assertThat(first("en", "predictive maintenance")).isEqualTo("maintenance-predictive");
        assertThat(first("en", "CV screening")).isEqualTo("tri-candidatures");
        assertThat(first("en", "abandoned luggage")).isEqualTo("detection-bagages-abandonnes");
    }

    @Test
    void accentsCaseAndPluralsAreIgnored() {
        assertThat(first("fr", "DETECTION FRAUDE")).isEqualTo("detection-fraude-assurance");
        assertThat(first("fr", "pièces défectueuses")).isEqualTo("detection-pieces-defectueuses");
        assertThat(first("fr", "piece defectueuse")).isEqualTo("detection-pieces-defectueuses");
        assertThat(first("fr", "énergétique")).isEqualTo("optimisation-energetique");
        assertThat(first("fr", "energetique")).isEqualTo("optimisation-energetique");
        assertThat(first("en", "invoices")).isEqualTo("rapprochement-factures");
    }

    @Test
    void synonymsFindTheSameUseCases() {
        for (String words : List.of("chatbot", "robot conversationnel", "agent conversationnel", "chatbots")) {
            assertThat(search("fr", "q", words).getList("items.slug", String.class)).as(words)
                    .contains("chatbot", "rendez-vous-chatbot");
        }
        assertThat(search("en", "q", "conversational agent").getList("items.slug", String.class))
                .contains("chatbot");
        assertThat(search("en", "q", "resume").getList("items.slug", String.class)).contains("tri-candidatures");
    }

    /** Issue #20: "recrutement candidats" found nothing although each word alone finds something. */
    @Test
    void whenNoUseCaseHasEveryWordThoseWithTheMostOfThemComeAndSaySo() {
        JsonPath both = search("fr", "q", "recrutement candidats");
        assertThat(both.getList("items.slug", String.class)).contains("tri-candidatures");
        assertThat(both.getBoolean("matchedAllWords")).isFalse();
        assertThat(search("fr", "q", "tri des CV").getBoolean("matchedAllWords")).isTrue();
        // a word the caller excluded stays excluded
        assertThat(search("fr", "q", "recrutement candidats -tri").getList("items.slug", String.class))
                .isNotEmpty().doesNotContain("tri-candidatures");
    }

    @Test
    void aTypoGetsTheNearestSpellingAndItsResultsWhenNothingMatched() {
        JsonPath typo = search("fr", "q", "maintenence");
        assertThat(typo.getString("didYouMean")).isEqualTo("maintenance");
        assertThat(typo.getList("items.slug", String.class)).contains("maintenance-predictive");
        JsonPath english = search("en", "q", "predictve maintenance");
        assertThat(english.getString("didYouMean")).isEqualTo("predictive maintenance");
        assertThat(search("fr", "q", "maintenance prédictive").getString("didYouMean")).isNull();
    }

    @Test
    void wordsNobodyUsedFindNothing() {
        JsonPath result = search("fr", "q", "téléportation quantique");
        assertThat(result.getString("didYouMean")).isNull();
        assertThat(result.getLong("total")).isZero();
        assertThat(result.getList("items")).isEmpty();
        assertThat(result.getList("facets.sectors")).isEmpty();
    }

    @Test
    void filtersCombineAndValuesOfOneFilterMeanAnyOfThem() {
        JsonPath health = search("fr", "sector", "sante", "function", "relation-client", "size", 100);
        assertThat(health.getList("items.slug", String.class)).contains("rendez-vous-chatbot", "chatbot")
                .doesNotContain("detection-pathologies");
        JsonPath images = search("fr", "dataKind", "IMAGES", "solutionType", "DATA", "size", 100);
        assertThat(images.getList("items.dataKinds", List.class)).allSatisfy(kinds -> assertThat(kinds).contains("IMAGES"));
        assertThat(images.getList("items.solutionTypes", List.class))
                .allSatisfy(types -> assertThat(types).contains("DATA"));
        JsonPath either = search("fr", "criticalDomain", "HR", "criticalDomain", "BANKING_CREDIT", "size", 100);
        assertThat(either.getList("items.criticalDomain", String.class)).containsOnly("HR", "BANKING_CREDIT");
        assertThat(either.getLong("total")).isEqualTo(4);
        JsonPath noPersonalData = search("fr", "personalData", false, "size", 100);
        assertThat(noPersonalData.getList("items.personalData", Boolean.class)).containsOnly(false);
    }

    @Test
    void facetsCountEachValueWithTheOtherFiltersApplied() {
        JsonPath all = search("fr", "size", 1);
        long total = all.getLong("total");
        Map<String, Integer> personal = facet(all, "personalData");
        assertThat(personal.get("true") + personal.get("false")).isEqualTo((int) total);
        assertThat(facet(all, "sectors").get("sante")).isEqualTo(22);

        JsonPath hr = search("fr", "criticalDomain", "HR", "size", 1);
        assertThat(hr.getLong("total")).isEqualTo(3);
        // Its own facet ignores the critical-domain filter: every domain still shows what choosing it would give.
        assertThat(facet(hr, "criticalDomains")).containsEntry("HR", 3).containsKey("HEALTH");
        // The other facets count within the HR use cases.
        assertThat(facet(hr, "functions")).containsOnlyKeys("ressources-humaines");
        assertThat(facet(hr, "personalData")).containsOnly(Map.entry("true", 3));

        JsonPath words = search("fr", "q", "robot conversationnel", "size", 1);
        assertThat(facet(words, "functions")).containsEntry("relation-client", 2);
        assertThat(facet(words, "criticalDomains")).containsOnly(Map.entry("HEALTH", 1));
    }

    private static Map<String, Integer> facet(JsonPath result, String name) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Map<String, Object> value : result.<Map<String, Object>>getList("facets." + name)) {
            counts.put((String) value.get("value"), (Integer) value.get("count"));
        }
        return counts;
    }

    @Test
    void resultsArePagedWithinLimits() {
        JsonPath second = search("fr", "page", 1, "size", 10, "sort", "title");
        assertThat(second.getList("items")).hasSize(10);
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(second.getLong("total")).isEqualTo(36);
        assertThat(second.getLong("totalPages")).isEqualTo(4);
        assertThat(search("fr", "page", 3, "size", 10, "sort", "title").getList("items")).hasSize(6);
        JsonPath beyond = search("fr", "page", 50, "size", 10);
        assertThat(beyond.getList("items")).isEmpty();
        assertThat(beyond.getLong("total")).isEqualTo(36);
        assertThat(given().queryParam("page", 1).queryParam("size", 10).when().get(USE_CASES).headers()
                .getValues("Link")).contains("</api/v1/catalogue/use-cases?page=2&size=10>; rel=\"next\"");
        given().queryParam("size", 101).when().get(USE_CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).when().get(USE_CASES).then().statusCode(400);
    }

    @Test
    void alphabeticalOrderFollowsTheLanguage() {
        List<String> titles = search("fr", "sort", "TITLE", "size", 100).getList("items.title", String.class);
        assertThat(titles).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.FRENCH));
    }

    @Test
    void sameQuestionSameAnswerUntilTheCatalogueChanges() {
        var response = given().queryParam("q", "qualité").when().get(USE_CASES);
        response.then().statusCode(200).header("Cache-Control", "public, max-age=300").header("Vary", "Accept-Language");
        given().queryParam("q", "qualité").header("If-None-Match", response.header("ETag"))
                .when().get(USE_CASES).then().statusCode(304);
        given().queryParam("q", "sécurité").header("If-None-Match", response.header("ETag"))
                .when().get(USE_CASES).then().statusCode(200);
    }

    @Test
    void badSearchesAreProblemsNamingTheParameter() {
        given().queryParam("sector", "espace").when().get(USE_CASES).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sector"));
        given().queryParam("function", "juridique").when().get(USE_CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("function"));
        given().queryParam("dataKind", "SMELL").when().get(USE_CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("dataKind"));
        given().queryParam("sort", "random").when().get(USE_CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("personalData", "maybe").when().get(USE_CASES).then().statusCode(400);
        given().queryParam("q", "x".repeat(201)).when().get(USE_CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "\" ( & | ! : *").when().get(USE_CASES).then().statusCode(200)
                .body("items", is(not(hasItem((Object) null))));
    }

    @Test
    void sectorFacetsCountTransversalUseCasesEverywhere() {
        JsonPath transversal = search("fr", "q", "tendances", "size", 1);
        assertThat(transversal.getString("items[0].slug")).isEqualTo("detection-tendances");
        assertThat(facet(transversal, "sectors")).hasSize(9).containsValue(1);
        given().queryParam("q", "tendances").queryParam("sector", "commerce").when().get(USE_CASES)
                .then().statusCode(200).body("items.slug", hasItem("detection-tendances"))
                .body("items", hasSize(1))
                .body("items.transversal", everyItem(equalTo(true)));
    }
}
