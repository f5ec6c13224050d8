package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The public reads of the sectors: the guide's nine sectors, both languages, caching and paging. */
@QuarkusTest
class SectorResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void listsTheNineSectorsOfTheGuideInOrderInFrenchByDefault() {
        given().when().get("/api/v1/catalogue/sectors")
                .then().statusCode(200)
                .header("Content-Language", "fr")
                .header("Vary", "Accept-Language")
                .header("Cache-Control", "public, max-age=300")
                .body("total", equalTo(9))
                .body("items.code", contains("agriculture", "commerce", "construction", "industrie", "sante",
                        "banque-assurance", "tourisme-loisir", "transport-logistique", "tertiaire-superieur"))
                .body("items.name", hasItems("Santé", "Banque & Assurance", "Tourisme & Loisir",
                        "Transport & Logistique", "Tertiaire supérieur"));
    }

    @Test
    void speaksEnglishWhenAsked() {
        given().header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")
                .when().get("/api/v1/catalogue/sectors/sante")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("name", equalTo("Health"))
                .body("translations.fr.name", equalTo("Santé"))
                .body("translations.en.name", equalTo("Health"));
    }

    @Test
    void pagesWithLinks() {
        var response = given().queryParam("page", 1).queryParam("size", 4)
                .when().get("/api/v1/catalogue/sectors");
        response.then().statusCode(200)
                .body("items", hasSize(4))
                .body("items[0].code", equalTo("sante"))
                .body("page", equalTo(1))
                .body("total", equalTo(9));
        assertThat(response.headers().getValues("Link")).contains(
                "</api/v1/catalogue/sectors?page=2&size=4>; rel=\"next\"",
                "</api/v1/catalogue/sectors?page=2&size=4>; rel=\"last\"");
    }

    @Test
    void refusesPageSizesOverAHundred() {
        given().queryParam("size", 101)
                .when().get("/api/v1/catalogue/sectors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    /** Regression (contract fuzzing): a query parameter that is not a number was answered 404 "not found". */
    @Test
    void refusesPagingParametersThatAreNotNumbersWith400() {
        for (String page : new String[] { "abc", "99999999999999999999", "1e309", "2026-13-45", "\u0000" }) {
            given().queryParam("page", page)
                    .when().get("/api/v1/catalogue/sectors")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("page"));
        }
        given().queryParam("size", "vingt").when().get("/api/v1/catalogue/sectors").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        // an empty value is no value: the default applies
        given().queryParam("page", "").when().get("/api/v1/catalogue/sectors").then().statusCode(200)
                .body("page", equalTo(0));
    }

    @Test
    void answers304WhenTheCachedCopyIsCurrent() {
        String listTag = given().when().get("/api/v1/catalogue/sectors").header("ETag");
        given().header("If-None-Match", listTag)
                .when().get("/api/v1/catalogue/sectors")
                .then().statusCode(304).header("ETag", listTag);
        String englishTag = given().header("Accept-Language", "en").when().get("/api/v1/catalogue/sectors")
                .header("ETag");
        assertThat(englishTag).isNotEqualTo(listTag);

        String itemTag = given().when().get("/api/v1/catalogue/sectors/agriculture").header("ETag");
        assertThat(itemTag).matches("\"\\d+-fr\"");
        given().header("If-None-Match", itemTag)
                .when().get("/api/v1/catalogue/sectors/agriculture")
                .then().statusCode(304);
        given().header("If-None-Match", "\"0-fr\"")
                .when().get("/api/v1/catalogue/sectors/agriculture")
                .then().statusCode(200);
    }

    @Test
    void anUnknownSectorIsAProblem404() {
        given().when().get("/api/v1/catalogue/sectors/astronautique")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No sector with id 'astronautique'"));
    }

    @Test
    void deleteIsNotAllowed() {
        given().when().delete("/api/v1/catalogue/sectors/sante")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS, PUT")
                .contentType("application/problem+json");
    }

    @Test
    void listsTheSevenBusinessFunctionsOfTheGuide() {
        given().header("Accept-Language", "en")
                .when().get("/api/v1/catalogue/business-functions")
                .then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.code", contains("marketing-commercial", "production", "ressources-humaines",
                        "direction", "finance-comptabilite", "logistique", "relation-client"))
                .body("items.name", hasItems("Human resources", "Customer relations"));
        given().when().get("/api/v1/catalogue/business-functions/relation-client")
                .then().statusCode(200)
                .body("name", equalTo("Relation client"));
    }
}
