package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.directory.testing.CatalogueStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Full-text search with facets over the seeded partners and aids: accents, languages, the facets' promise (a value's
 * count is what filtering on it gives), areas, order, paging and conditional requests.
 */
@QuarkusTest
@QuarkusTestResource(CatalogueStub.class)
class DirectorySearchTest {

    private static final String PARTNERS = "/api/v1/directory/partners";
    private static final String AIDS = "/api/v1/directory/aids";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void wordsMatchWhateverTheAccentsCaseAndEndingsInFrenchAndEnglish() {
        for (String words : new String[] { "données terrain", "DONNEES TERRAIN", "donnée" }) {
            given().queryParam("q", words).when().get(PARTNERS).then().statusCode(200)
                    .body("items.slug", hasItem("donnees-terrain-demo"));
        }
        given().queryParam("q", "maintenance prédictive").when().get(PARTNERS).then()
                .body("items[0].slug", equalTo("atelier-predictif-demo"));
        given().header("Accept-Language", "en").queryParam("q", "predictive maintenance").when().get(PARTNERS)
                .then().statusCode(200).header("Content-Language", "en")
                .body("items[0].slug", equalTo("atelier-predictif-demo"));
        given().queryParam("q", "910003037").when().get(PARTNERS).then()
                .body("items.slug", contains("donnees-terrain-demo"));
        given().queryParam("q", "licorne quantique").when().get(PARTNERS).then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void theNameWeighsMoreThanTheDescription() {
        // "Laboratoire Santé Numérique" has the word in its name; the cluster only in its description.
        JsonPath found = given().queryParam("q", "laboratoire").when().get(PARTNERS).then().statusCode(200)
                .extract().jsonPath();
        assertThat(found.getList("items.slug", String.class))
                .startsWith("labo-sante-numerique-demo").contains("pole-vision-industrie-demo");
        given().queryParam("q", "laboratoire").queryParam("sort", "name").when().get(PARTNERS).then()
                .body("items.name", equalTo(found.getList("items.name", String.class).stream()
                        .sorted(Collator.getInstance(Locale.FRENCH)).toList()));
    }

    @Test
    void eachFacetValueCountsWhatFilteringOnItGives() {
        JsonPath all = given().queryParam("q", "entreprises").queryParam("size", 1).when().get(PARTNERS).then()
                .statusCode(200).extract().jsonPath();
        assertThat(all.getLong("total")).isGreaterThan(3);
        Map<String, String> parameters = Map.of("kinds", "kind", "regions", "region", "offers", "offer",
                "verified", "verified", "sectors", "sector");
        parameters.forEach((facet, parameter) -> {
            List<Map<String, Object>> values = all.getList("facets." + facet);
            assertThat(values).as(facet).isNotEmpty();
            for (Map<String, Object> value : values) {
                given().queryParam("q", "entreprises").queryParam(parameter, value.get("value")).when()
                        .get(PARTNERS).then().statusCode(200)
                        .body("total", equalTo(((Number) value.get("count")).intValue()));
            }
        });
    }

    @Test
    void aFacetIgnoresItsOwnFilterButKeepsTheOthers() {
        JsonPath result = given().queryParam("kind", "research-lab").queryParam("offer", "TRAINING").when()
                .get(PARTNERS).then().statusCode(200).extract().jsonPath();
        assertThat(result.getLong("total")).isZero();
        // Kinds are counted among the partners offering training; offers among the research labs.
        assertThat(result.getList("facets.kinds.value", String.class))
                .contains("school-university", "video-courses").doesNotContain("research-lab");
        assertThat(result.getList("facets.offers.value", String.class)).containsExactly("PROOF_OF_CONCEPT");
    }

    @Test
    void aRegionHasThePartnersServingItNationwideOnesIncluded() {
        JsonPath nationwide = given().queryParam("region", "32").queryParam("size", 100).when().get(PARTNERS)
                .then().statusCode(200).extract().jsonPath();
        assertThat(nationwide.getList("items.slug", String.class))
                .contains("transfert-nord-demo", "bpifrance", "cnil").doesNotContain("cci-paris-idf");
        // The CCI of Lyon names two départements: it serves their region and them, not the Isère next door.
        given().queryParam("region", "84").when().get(PARTNERS).then().body("items.slug", hasItem("cci-lyon-metropole"));
        given().queryParam("departement", "42").when().get(PARTNERS).then()
                .body("items.slug", hasItem("cci-lyon-metropole"));
        given().queryParam("departement", "38").when().get(PARTNERS).then()
                .body("items.slug", not(hasItem("cci-lyon-metropole")))
                .body("items.slug", hasItem("atelier-predictif-demo"));
        given().queryParam("region", "11").queryParam("region", "84").queryParam("kind", "cci-professional-federation")
                .when().get(PARTNERS).then()
                .body("items.slug", containsInAnyOrder("cci-paris-idf", "cci-lyon-metropole"));
    }

    @Test
    void unknownCodesAreRefusedNamingTheParameter() {
        given().queryParam("kind", "voyante").when().get(PARTNERS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().queryParam("region", "11").queryParam("region", "99").when().get(AIDS).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().queryParam("departement", "20").when().get(AIDS).then().statusCode(400)
                .body("errors[0].field", equalTo("departement"));
        given().queryParam("aidType", "GIFT").when().get(AIDS).then().statusCode(400)
                .body("errors[0].field", equalTo("aidType"));
        given().queryParam("sort", "price").when().get(PARTNERS).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("q", "x".repeat(201)).when().get(PARTNERS).then().statusCode(400);
    }

    @Test
    void aidsAreSearchedInBothLanguagesAndByArea() {
        given().queryParam("q", "credit d'impot").when().get(AIDS).then().statusCode(200)
                .body("items.id", containsInAnyOrder("credit-impot-recherche", "credit-impot-innovation"))
                .body("facets.aidTypes[0].value", equalTo("TAX_CREDIT"));
        given().header("Accept-Language", "en").queryParam("q", "tax credit").when().get(AIDS).then()
                .body("items.id", containsInAnyOrder("credit-impot-recherche", "credit-impot-innovation"));
        // Without words, the guide's order; Innov'up is only for Île-de-France.
        JsonPath all = given().queryParam("size", 100).when().get(AIDS).then()
                .body("facets.regions.find { it.value == '11' }.count", equalTo(7))
                .body("facets.regions.find { it.value == '84' }.count", equalTo(6))
                .extract().jsonPath();
        assertThat(all.getList("items.id", String.class)).startsWith("bourse-french-tech", "innov-up",
                "diagnostic-data-ia", "diagnostic-innovation", "credit-impot-recherche", "credit-impot-innovation",
                "jeune-entreprise-innovante");
        given().queryParam("departement", "69").when().get(AIDS).then().body("items.id", not(hasItem("innov-up")));
        given().queryParam("departement", "75").queryParam("aidType", "SUBSIDY").when().get(AIDS).then()
                .body("items.id", contains("bourse-french-tech", "innov-up", "diagnostic-data-ia",
                        "diagnostic-innovation"))
                .body("facets.aidTypes.value", hasItems("SUBSIDY", "TAX_CREDIT", "REPAYABLE_ADVANCE"));
    }

    @Test
    void pagesLinkToEachOtherAndAnUnchangedResultIsNotSentAgain() {
        var first = given().queryParam("size", 5).when().get(PARTNERS).then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("items", hasSize(5))
                .extract();
        int total = first.jsonPath().getInt("total");
        int lastPage = (total - 1) / 5;
        assertThat(first.jsonPath().getInt("totalPages")).isEqualTo(lastPage + 1);
        assertThat(first.headers().getValues("Link")).contains("</api/v1/directory/partners?page=1&size=5>; rel=\"next\"",
                "</api/v1/directory/partners?page=" + lastPage + "&size=5>; rel=\"last\"");
        given().queryParam("size", 5).queryParam("page", lastPage).when().get(PARTNERS).then()
                .body("items", hasSize(total - 5 * lastPage))
                .body("items.slug", everyItem(not(in(first.jsonPath().getList("items.slug")))));
        given().queryParam("size", 5).header("If-None-Match", first.header("ETag")).when().get(PARTNERS).then()
                .statusCode(304);
        given().queryParam("size", 5).header("Accept-Language", "en").header("If-None-Match", first.header("ETag"))
                .when().get(PARTNERS).then().statusCode(200);
        given().queryParam("q", "credit").header("If-None-Match", "\"stale\"").when().get(AIDS).then()
                .statusCode(200).body("items[0].contact", nullValue());
    }
}
