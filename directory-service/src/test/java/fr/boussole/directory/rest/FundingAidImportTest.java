package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.directory.testing.CatalogueStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Aids come in through the data.gouv.fr schema as they go out: JSON or CSV, all or nothing, curators only. */
@QuarkusTest
@QuarkusTestResource(CatalogueStub.class)
class FundingAidImportTest {

    private static final String AIDS = "/api/v1/directory/aids";
    private static final String IMPORT = AIDS + "/import";
    /** Rest Assured would send text/csv as ISO-8859-1, where the euro sign of the aids' texts does not exist. */
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String HEADER = "id_aide,nom_aide,porteur_aide,types_aides,description,recurrence_aide,"
            + "date_cloture,zone_geographique,url_descriptif,beneficiaires_aide\r\n";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification asCurator() {
        return given().auth().oauth2(KeycloakTokens.of("curator.alice"));
    }

    private static String newId() {
        return "import-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void theExportComesBackUnchangedInJsonAndInCsv() {
        List<Map<String, Object>> exported = given().when().get(AIDS + "/export").then().statusCode(200)
                .extract().jsonPath().getList("$");
        asCurator().contentType("application/json").body(exported).when().post(IMPORT).then().statusCode(200)
                .body("received", equalTo(exported.size()))
                .body("created", empty()).body("updated", empty())
                .body("unchanged", hasItem("credit-impot-recherche"));
        String csv = given().accept("text/csv").when().get(AIDS + "/export").then().statusCode(200)
                .extract().asString();
        asCurator().contentType(CSV).body(csv).when().post(IMPORT).then().statusCode(200)
                .body("created", empty()).body("updated", empty());
        // "Autre" still stands for the tax credit it was exported from.
        given().when().get(AIDS + "/credit-impot-innovation").then().body("aidTypes", contains("TAX_CREDIT"))
                .body("version", equalTo(1));
    }

    @Test
    void aCsvAidIsCreatedWithItsAreasReadFromTheirNamesThenUpdatedKeepingWhatTheSchemaLacks() {
        String id = newId();
        asCurator().contentType(CSV).body(HEADER + id + ",Chèque IA Bretagne,\"Région Bretagne,Bpifrance\","
                + "\"Subvention,Prêt\",Aide à un premier projet d'IA.,Récurrente,2027-06-30,\"bretagne, Gironde\","
                + "https://aides.example.org/cheque-ia,Entreprises privées\r\n")
                .when().post(IMPORT).then().statusCode(200)
                .body("created", contains(id));
        given().header("Accept-Language", "en").when().get(AIDS + "/" + id).then().statusCode(200)
                .body("name", equalTo("Chèque IA Bretagne"))
                .body("carriers", contains("Région Bretagne", "Bpifrance"))
                .body("aidTypes", contains("SUBSIDY", "LOAN"))
                .body("regions", contains("53")).body("departements", contains("33"))
                .body("closesOn", equalTo("2027-06-30"));
        given().queryParam("q", "cheque bretagne").when().get(AIDS).then().body("items.id", contains(id));

        // A curator translates it and adds a rule; a later import changes the French text only.
        Map<String, Object> translated = new HashMap<>(Map.of("id", id, "position", 1000,
                "fr", Map.of("name", "Chèque IA Bretagne", "description", "Aide à un premier projet d'IA."),
                "en", Map.of("name", "Brittany AI voucher", "description", "Support for a first AI project."),
                "carriers", List.of("Région Bretagne", "Bpifrance"), "aidTypes", List.of("SUBSIDY", "LOAN"),
                "recurrence", "RECURRING", "regions", List.of("53"), "departements", List.of("33"),
                "rules", Map.of("employees", Map.of("max", 49))));
        translated.put("closesOn", "2027-06-30");
        translated.put("sourceUrl", "https://aides.example.org/cheque-ia");
        translated.put("beneficiaries", List.of("Entreprises privées"));
        String tag = given().when().get(AIDS + "/" + id).then().extract().header("ETag");
        int version = asCurator().contentType("application/json").header("If-Match", tag).body(translated)
                .when().put(AIDS + "/" + id).then().statusCode(200).extract().path("version");
        Map<String, Object> record = given().when().get(AIDS + "/export").then().extract().jsonPath()
                .getMap("find { it.id_aide == '" + id + "' }");
        record.put("description", "Aide à un premier projet d'intelligence artificielle.");
        asCurator().contentType("application/json").body(List.of(record)).when().post(IMPORT).then()
                .statusCode(200).body("updated", contains(id));
        given().header("Accept-Language", "en").when().get(AIDS + "/" + id).then()
                .body("name", equalTo("Brittany AI voucher"))
                .body("rules.employees.max", equalTo(49))
                .body("version", equalTo(version + 1));
        given().when().get(AIDS + "/" + id).then()
                .body("description", equalTo("Aide à un premier projet d'intelligence artificielle."));
        // the imports are in the aid's history like the curator's edit, each with what it changed
        asCurator().when().get(AIDS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("EDITED", "EDITED", "CREATED"))
                .body("items[0].changes.keySet()", contains("fr.description"))
                .body("items[0].version", equalTo(version + 1));
    }

    @Test
    void anotherPublishersCopyOfAnAidUpdatesItBySourceOrByNameAndFunderInsteadOfAddingATwin() {
        String id = newId();
        asCurator().contentType(CSV).body(HEADER + id + ",Chèque numérique Occitanie,Région Occitanie,"
                + "Subvention,Aide à la numérisation.,Récurrente,,Occitanie,https://aides.example.org/cheque-occ/,"
                + "Entreprises privées\r\n")
                .when().post(IMPORT).then().statusCode(200).body("created", contains(id));

        // the same page, written otherwise, under aides-entreprises.fr's own id
        asCurator().contentType(CSV).body(HEADER + "AE-77001,Chèque numérique Occitanie,Région Occitanie,"
                + "Subvention,Aide à la numérisation des TPE.,Récurrente,,Occitanie,"
                + "http://www.Aides.Example.org/cheque-occ#details,Entreprises privées\r\n")
                .when().post(IMPORT).then().statusCode(200)
                .body("created", empty()).body("updated", contains(id));
        // no page, but the same name and funder, accents and case aside
        asCurator().contentType(CSV).body(HEADER + "dispositif-4411,CHEQUE NUMERIQUE  OCCITANIE,"
                + "\"Bpifrance,Région Occitanie\",Subvention,Aide à la numérisation des TPE et PME.,Récurrente,,"
                + "Occitanie,,Entreprises privées\r\n")
                .when().post(IMPORT).then().statusCode(200)
                .body("created", empty()).body("updated", contains(id));
        given().when().get(AIDS + "/" + id).then().statusCode(200)
                .body("description", equalTo("Aide à la numérisation des TPE et PME."));
        given().when().get(AIDS + "/AE-77001").then().statusCode(404);
        given().when().get(AIDS + "/dispositif-4411").then().statusCode(404);
        given().queryParam("q", "cheque numerique occitanie").when().get(AIDS).then().body("items.id", contains(id));

        // two records of one file describing one aid are refused, nothing stored
        asCurator().contentType(CSV).body(HEADER + id + ",Chèque numérique Occitanie,Région Occitanie,"
                + "Subvention,Une.,Récurrente,,Occitanie,,Entreprises privées\r\n"
                + "autre-id,Chèque numérique Occitanie,Région Occitanie,Subvention,Deux.,Récurrente,,Occitanie,,"
                + "Entreprises privées\r\n")
                .when().post(IMPORT).then().statusCode(400)
                .body("errors.field", contains("[1].id_aide"));
    }

    @Test
    void oneBadRecordAndNothingIsStoredEveryProblemNamedByIndexAndColumn() {
        String good = newId();
        String bad = newId();
        Map<String, Object> valid = record(good);
        Map<String, Object> invalid = record(bad);
        invalid.put("zone_geographique", "Atlantide");
        invalid.put("types_aides", "Subvention,Cadeau");
        invalid.put("url_descriptif", "ftp://aides.example.org");
        invalid.put("recurrence_aide", "Parfois");
        invalid.put("nom_aide", " ");
        Map<String, Object> repeated = record(good);
        asCurator().contentType("application/json").body(List.of(valid, invalid, repeated)).when().post(IMPORT)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("[1].zone_geographique", "[1].types_aides",
                        "[1].url_descriptif", "[1].recurrence_aide", "[1].nom_aide", "[2].id_aide"));
        given().when().get(AIDS + "/" + good).then().statusCode(404);

        asCurator().contentType("application/json").body(List.of(Map.of("id_aide", good, "couleur", "bleu")))
                .when().post(IMPORT).then().statusCode(400).body("detail", startsWith("Unknown field"));
        // malformed JSON is answered as on every other operation
        asCurator().contentType("application/json").body("[{").when().post(IMPORT).then().statusCode(400)
                .body("type", endsWith("/malformed-body")).body("detail", startsWith("The request body is not valid"));
        asCurator().contentType("application/json").body("").when().post(IMPORT).then().statusCode(400)
                .contentType("application/problem+json");
        // regression (contract fuzzing): the JSON null was a 500
        asCurator().contentType("application/json").body("null").when().post(IMPORT).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        asCurator().contentType(CSV).body("id_aide,nom_aide,couleur\r\nx,X,bleu\r\n").when().post(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("header"));
        asCurator().contentType(CSV).body(HEADER + good + ",\"Sans fin").when().post(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        asCurator().contentType(CSV).body(HEADER + good + ",Aide,Région,Subvention,Texte,Permanente,"
                + "31/12/2027,France,https://aides.example.org,Entreprises privées\r\n").when().post(IMPORT)
                .then().statusCode(400).body("errors.field", contains("[0].date_cloture"));
        given().when().get(AIDS + "/" + good).then().statusCode(404);
    }

    @Test
    void anImportOverTheContractsBoundsIsRefusedNamingTheColumnOnce() {
        String id = newId();
        Map<String, Object> overlong = record(id);
        overlong.put("nom_aide", "A".repeat(181));
        overlong.put("porteur_siren", "1".repeat(101));
        asCurator().contentType("application/json").body(List.of(overlong)).when().post(IMPORT).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("[0].nom_aide", "[0].porteur_siren"))
                .body("errors.message", hasItem("size must be between 0 and 180"));
        List<Map<String, Object>> tooMany = IntStream.rangeClosed(0, FundingAidResource.MAX_IMPORTED_AIDS)
                .mapToObj(index -> Map.<String, Object>of("id_aide", "x" + index)).toList();
        asCurator().contentType("application/json").body(tooMany).when().post(IMPORT).then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("holds 1001 aids; an import takes at most 1000"));
        given().when().get(AIDS + "/" + id).then().statusCode(404);
    }

    @Test
    void aFileSavedByAFrenchSpreadsheetIsReadWithItsSemicolons() {
        String id = newId();
        asCurator().contentType("text/csv;charset=UTF-8").body("\uFEFF" + HEADER.replace(',', ';') + id
                + ";Aide régionale IA;\"Région Normandie,Bpifrance\";Subvention;Un texte, avec une virgule.;"
                + "Permanente;2027-12-31;Normandie;https://aides.example.org/ia;Entreprises privées\r\n")
                .when().post(IMPORT).then().statusCode(200).body("created", contains(id));
        given().when().get(AIDS + "/" + id).then().statusCode(200)
                .body("carriers", contains("Région Normandie", "Bpifrance"))
                .body("description", equalTo("Un texte, avec une virgule."));
    }

    @Test
    void aMalformedFileIsRefusedWithTheLineItGoesWrongOnAndNothingIsStored() {
        String first = newId();
        String second = newId();
        String valid = ",Aide,Région,Subvention,Texte,Permanente,2027-12-31,France,https://aides.example.org,"
                + "Entreprises privées\r\n";
        asCurator().contentType(CSV).body(HEADER + first + valid + "\"" + second + "\"x" + valid)
                .when().post(IMPORT).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("not valid CSV, line 3:"));
        asCurator().contentType(CSV).body(HEADER + first + valid + second + ",\"Sans fin" + valid)
                .when().post(IMPORT).then().statusCode(400)
                .body("errors[0].message", startsWith("not valid CSV, line "))
                .body("errors[0].message", containsString("closing quote"));
        asCurator().contentType(CSV).body(HEADER + first + valid + second + ",Aide\r\n").when()
                .post(IMPORT).then().statusCode(400)
                .body("errors[0].field", equalTo("[1]"))
                .body("errors[0].message", equalTo("line 3 has 2 fields, the header 10"));
        given().when().get(AIDS + "/" + first).then().statusCode(404);
    }

    /** CSV injection: the public export never hands a spreadsheet a formula, and gives the text back on import. */
    @Test
    void aFormulaInAnAidComesOutInertAndGoesBackUnchanged() {
        String id = newId();
        String formula = "=HYPERLINK(\"http://evil.example\";\"Cliquez\")";
        asCurator().contentType(CSV).body(HEADER + id + ",\"" + formula.replace("\"", "\"\"")
                + "\",+33 1 23 45 67 89,Subvention,@SUM(A1),Permanente,2027-12-31,France,https://aides.example.org,"
                + "Entreprises privées\r\n").when().post(IMPORT).then().statusCode(200).body("created", contains(id));

        String csv = given().accept("text/csv").when().get(AIDS + "/export").then().statusCode(200).extract()
                .asString();
        String line = Arrays.stream(csv.split("\r\n")).filter(row -> row.startsWith(id + ",")).findFirst()
                .orElseThrow();
        assertThat(line).contains(",\"'=HYPERLINK(").contains(",'+33 1 23 45 67 89,").contains(",'@SUM(A1),");
        for (String cell : line.split(",")) {
            assertThat(cell.replace("\"", "")).as(line).doesNotMatch("[=+\\-@].*");
        }

        asCurator().contentType(CSV).body(csv).when().post(IMPORT).then().statusCode(200)
                .body("updated", not(hasItem(id)));
        given().when().get(AIDS + "/" + id).then().body("name", equalTo(formula))
                .body("carriers", contains("+33 1 23 45 67 89"));
    }

    @Test
    void onlyCuratorsAndAdminsImport() {
        given().contentType("application/json").body(List.of()).when().post(IMPORT).then().statusCode(401);
        given().auth().oauth2(KeycloakTokens.of("advisor.paris")).contentType("application/json").body(List.of())
                .when().post(IMPORT).then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.of("admin.ops")).contentType("application/json").body(List.of())
                .when().post(IMPORT).then().statusCode(200).body("received", equalTo(0));
    }

    private static Map<String, Object> record(String id) {
        Map<String, Object> record = new HashMap<>();
        record.put("id_aide", id);
        record.put("nom_aide", "Aide importée " + id);
        record.put("porteur_aide", "Région Normandie");
        record.put("types_aides", "Subvention");
        record.put("description", "Aide importée pour les tests.");
        record.put("recurrence_aide", "Permanente");
        record.put("zone_geographique", "Normandie");
        record.put("url_descriptif", "https://aides.example.org/" + id);
        return record;
    }
}
