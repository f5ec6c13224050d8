package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The guide's funding aids as anyone reads them, and the INSEE geography they use. */
@QuarkusTest
class FundingAidResourceTest {

    private static final String AIDS = "/api/v1/directory/aids";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyAidOfTheGuideIsSeededInTheGuidesOrder() {
        JsonPath aids = given().when().get(AIDS).then().statusCode(200)
                .header("Content-Language", "fr")
                .extract().jsonPath();
        // Curators' tests add aids after the guide's.
        assertThat(aids.getList("items.id", String.class).subList(0, 7)).containsExactly("bourse-french-tech",
                "innov-up", "diagnostic-data-ia", "diagnostic-innovation", "credit-impot-recherche",
                "credit-impot-innovation", "jeune-entreprise-innovante");
        // the guide's self-financing and bank loan are ways to pay, in the guidance, not aids one is eligible to
        assertThat(aids.getList("items.id", String.class)).doesNotContain("autofinancement", "pret-bancaire");
        given().when().get(AIDS).then()
                .body("items.find { it.id == 'bourse-french-tech' }.rules.companyAgeMonths.max", equalTo(11))
                .body("items.find { it.id == 'bourse-french-tech' }.maxAmountEur", equalTo(30000))
                .body("items.find { it.id == 'credit-impot-innovation' }.ratePercent", equalTo(20))
                .body("items.find { it.id == 'credit-impot-innovation' }.earlierTerms.until",
                        contains("2023-01-01", "2025-01-01"))
                .body("items.find { it.id == 'credit-impot-innovation' }.earlierTerms.ratePercent", contains(20, 30))
                .body("items.find { it.id == 'credit-impot-innovation' }.closesOn", equalTo("2027-12-31"))
                .body("items.find { it.id == 'innov-up' }.regions", contains("11"))
                .body("items.find { it.id == 'innov-up' }.rules.employees.max", equalTo(249))
                .body("items.find { it.id == 'diagnostic-innovation' }.rules.noInnovationAidWithinMonths",
                        equalTo(24))
                .body("items.find { it.id == 'credit-impot-recherche' }.aidTypes", contains("TAX_CREDIT"))
                .body("items.find { it.id == 'innov-up' }.aidTypes", contains("SUBSIDY", "REPAYABLE_ADVANCE"));
    }

    /** Every aid the guide's users see says where it comes from, when that was checked and how sure it is. */
    @Test
    void everySeededAidCarriesItsSourceTheDayItWasCheckedAndHowSureItIs() {
        List<Map<String, Object>> aids = given().queryParam("size", 100).when().get(AIDS).then().statusCode(200)
                .extract().jsonPath().getList("items");
        List<Map<String, Object>> seeded = aids.stream().filter(aid -> !String.valueOf(aid.get("id"))
                .matches("(essai|import)-.*")).toList();
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(7).allSatisfy(aid -> {
            assertThat(aid.get("confidence")).as("%s", aid.get("id")).isIn("HIGH", "MEDIUM", "TO_CONFIRM");
            if (!"TO_CONFIRM".equals(aid.get("confidence"))) {
                assertThat(aid.get("sourceUrl")).as("%s", aid.get("id")).asString().startsWith("https://");
                assertThat(aid.get("checkedOn")).as("%s", aid.get("id")).isNotNull();
            }
        });
        assertThat(seeded).filteredOn(aid -> "diagnostic-innovation".equals(aid.get("id")))
                .singleElement().satisfies(aid -> assertThat(aid).doesNotContainKey("checkedOn"));
    }

    @Test
    void anAidIsReadInEnglishAndConditionally() {
        Response aid = given().header("Accept-Language", "en").when().get(AIDS + "/diagnostic-innovation");
        aid.then().statusCode(200)
                .body("name", equalTo("Innovation diagnosis"))
                .body("carriers", contains("Bpifrance", "Régions"))
                .header("Cache-Control", "public, max-age=300");
        given().header("Accept-Language", "en").header("If-None-Match", aid.header("ETag"))
                .when().get(AIDS + "/diagnostic-innovation").then().statusCode(304);
        given().when().get(AIDS + "/subvention-imaginaire").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theRegionsAndDepartementsAreTheOfficialOnes() {
        given().when().get("/api/v1/directory/regions").then().statusCode(200)
                .body("", hasSize(18))
                .body("departements.flatten()", hasSize(101))
                .body("find { it.code == '11' }.departements.code",
                        contains("75", "77", "78", "91", "92", "93", "94", "95"))
                .body("find { it.code == '94' }.departements.code", contains("2A", "2B"));
    }

    @Test
    void theAidsAreExportedInTheDataGouvSchemaAsJsonAndCsv() {
        given().when().get(AIDS + "/export").then().statusCode(200)
                .contentType("application/json")
                .body("find { it.id_aide == 'innov-up' }.zone_geographique", equalTo("Île-de-France"))
                .body("find { it.id_aide == 'innov-up' }.types_aides", equalTo("Subvention,Avance récupérable"))
                .body("find { it.id_aide == 'innov-up' }.recurrence_aide", equalTo("Récurrente"))
                .body("find { it.id_aide == 'diagnostic-innovation' }.porteur_aide", equalTo("Bpifrance,Régions"))
                .body("find { it.id_aide == 'credit-impot-recherche' }.zone_geographique", equalTo("France"))
                .body("find { it.id_aide == 'jeune-entreprise-innovante' }.url_descriptif",
                        startsWith("https://www.innover-en-france.fr/"));

        Response csv = given().accept("text/csv").when().get(AIDS + "/export");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"aides.csv\"");
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines[0]).isEqualTo("id_aide,nom_aide,nom_aide_normalise,porteur_aide,porteur_siren,"
                + "beneficiaires_aide,types_aides,description,thematique_aide,recurrence_aide,date_ouverture,"
                + "date_cloture,condition_eligibilite,zone_geographique,url_descriptif,url_demarche,contact,"
                + "date_mise_a_jour");
        assertThat(lines.length).isGreaterThanOrEqualTo(8);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("diagnostic-innovation,Diagnostic innovation,Diagnostic innovation,\"Bpifrance,Régions\","));
        given().accept("text/csv").header("If-None-Match", csv.header("ETag")).when().get(AIDS + "/export")
                .then().statusCode(304);
        // each representation has its own tag: a cached CSV never stands for the JSON, nor the other way round
        String json = given().when().get(AIDS + "/export").then().extract().header("ETag");
        assertThat(json).isNotEqualTo(csv.header("ETag"));
        given().header("If-None-Match", csv.header("ETag")).when().get(AIDS + "/export").then().statusCode(200)
                .contentType("application/json");
        given().accept("text/csv").header("If-None-Match", json).when().get(AIDS + "/export").then()
                .statusCode(200).contentType(startsWith("text/csv"));
        given().accept("application/xml").when().get(AIDS + "/export").then().statusCode(406);
    }
}
