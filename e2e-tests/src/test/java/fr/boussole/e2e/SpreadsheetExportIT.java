package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.boussole.commons.csv.Csv;
import fr.boussole.commons.testing.Fixtures;
import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.specification.RequestSpecification;

/**
 * A CCI's CSV export opened the way a French advisor's spreadsheet opens it: Debian's LibreOffice Calc, headless,
 * imports the file with the French locale and the semicolon, then saves what it understood as a comma CSV with
 * every text cell quoted, so that the test sees both the cells' values and which cells Calc took as numbers or dates.
 */
class SpreadsheetExportIT {

    private static final String ASSESSMENTS = "/api/v1/assessments";
    /** A company of Paris only this test uses. */
    private static final String SIREN = "552100117";
    /** Calc's CSV filter: semicolon (59), double quote (34), UTF-8 (76), from line 1, French (1036). */
    private static final String FRENCH_IMPORT = "CSV:59,34,76,1,,1036";
    /** Comma (44), double quote, UTF-8, every text cell quoted, cells as stored rather than as shown. */
    private static final String QUOTED_TEXT_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false";

    private static RequestSpecification advisor() {
        return Suite.gateway().auth().oauth2(KeycloakTokens.of("advisor.paris")).contentType("application/json");
    }

    private static String assessment(String companyName, boolean submit) {
        String id = advisor().body(Map.of("siren", SIREN, "departement", "75", "companyName", companyName)).when()
                .post(ASSESSMENTS).then().statusCode(201).extract().path("id");
        advisor().body(Fixtures.shopNearLyon()).when().patch(ASSESSMENTS + "/" + id + "/answers").then()
                .statusCode(200);
        if (submit) {
            advisor().when().post(ASSESSMENTS + "/" + id + "/submit").then().statusCode(200);
        }
        return id;
    }

    @Test
    void calcOpensTheExportInColumnsWithTextNumbersAndDatesAsTheyAre(@TempDir Path dir) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String separators = "Dupont; Fils \"et\" Cie " + run;
        String accents = "Éts Gérard & Fils — Sàrl " + run;
        String formula = "=HYPERLINK(\"http://evil.example\";\"" + run + "\")";
        String separatorsId = assessment(separators, true);
        String accentsId = assessment(accents, true);
        String formulaId = assessment(formula, false);
        Path export = dir.resolve("export.csv");
        Files.write(export, advisor().when().get(ASSESSMENTS + "/export").then().statusCode(200).extract()
                .asByteArray());

        String calc = openedInCalc(export, dir);

        List<List<String>> rows = Csv.read(calc).stream().map(Csv.Row::fields).toList();
        List<String> header = rows.get(0);
        assertThat(header.get(0)).as("the byte order mark tells the encoding and is not part of a cell")
                .isEqualTo("id");
        assertThat(header).hasSize(25).contains("company_name", "score", "submitted_at_utc");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(header.size()));
        assertThat(row(rows, separatorsId).get("company_name")).isEqualTo(separators);
        assertThat(row(rows, accentsId).get("company_name")).isEqualTo(accents);
        assertThat(row(rows, formulaId).get("company_name")).as("shown as text, never run").isEqualTo("'" + formula);
        assertThat(row(rows, separatorsId).get("score")).isEqualTo("61");
        // which cells Calc typed: numbers and dates come back unquoted, text quoted
        String line = calc.lines().filter(text -> text.startsWith("\"" + separatorsId + "\"")).findFirst()
                .orElseThrow();
        assertThat(line).matches(".*,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},61,\"READY_TO_PILOT\".*")
                .contains(",12,\"under-2m\"");
    }

    /** The file as Calc understood it, saved as a comma CSV with text cells quoted. */
    private static String openedInCalc(Path csv, Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("calc"));
        Process calc = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--infilter=" + FRENCH_IMPORT,
                "--convert-to", QUOTED_TEXT_EXPORT, "--outdir", out.toString(), csv.toString())
                .redirectErrorStream(true).start();
        String log = new String(calc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(calc.waitFor(90, TimeUnit.SECONDS)).as("LibreOffice finished: " + log).isTrue();
        Path converted = out.resolve(csv.getFileName());
        assertThat(converted).as("LibreOffice converted the file: " + log).exists();
        return Files.readString(converted, StandardCharsets.UTF_8);
    }

    private static Map<String, String> row(List<List<String>> rows, String id) {
        List<String> header = rows.get(0);
        List<String> row = rows.stream().filter(cells -> cells.get(0).equals(id)).findFirst().orElseThrow();
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), row.get(i));
        }
        return cells;
    }
}
