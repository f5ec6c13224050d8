package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.sharedWithParis;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.commons.csv.Csv;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class AssessmentExportTest {

    private static final String EXPORT = PATH + "/export";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Inject
    DataSource dataSource;

    @BeforeEach
    void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCsvThatFrenchSpreadsheetsOpenInColumns() {
        String tricky = sharedWithParis("Dupont; Fils \"et\" Cie", true);
        String formula = sharedWithParis("=HYPERLINK(\"http://evil.example\")", false);

        byte[] body = as("advisor.paris").when().get(EXPORT).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"assessments-cci-paris-idf-"))
                .header("Content-Length", nullValue())
                .extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid;siren;company_name;status;");
        assertThat(text).contains("\r\n").doesNotContain(tricky + ",");

        List<List<String>> rows = Csv.read(new String(as("advisor.paris").queryParam("delimiter", "comma")
                .when().get(EXPORT).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8))
                .stream().map(Csv.Row::fields).toList();
        List<String> header = rows.get(0);
        Map<String, String> trickyRow = row(rows, tricky);
        assertThat(trickyRow.get("company_name")).isEqualTo("Dupont; Fils \"et\" Cie");
        assertThat(trickyRow.get("status")).isEqualTo("SUBMITTED");
        assertThat(trickyRow.get("score")).isEqualTo("61");
        assertThat(trickyRow.get("score_data")).isEqualTo("56");
        assertThat(trickyRow.get("score_ethics")).isEqualTo("58");
        assertThat(trickyRow.get("level")).isEqualTo("READY_TO_PILOT");
        assertThat(trickyRow.get("follow_up")).isEqualTo("TO_CONTACT");
        assertThat(trickyRow.get("employees")).isEqualTo("12");
        assertThat(trickyRow.get("submitted_at_utc")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(header).hasSize(25);
        // a company name never runs as a formula
        assertThat(row(rows, formula).get("company_name")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(row(rows, formula).get("status")).isEqualTo("DRAFT");
    }

    @Test
    void jsonLinesFilteredByStatusAndDay() throws Exception {
        String submitted = sharedWithParis("Boulangerie Martin", true);
        String draft = sharedWithParis("Boulangerie Martin", false);
        String lines = as("advisor.paris").queryParam("format", "jsonl").queryParam("status", "SUBMITTED")
                .queryParam("since", "2020-01-01").when().get(EXPORT).then().statusCode(200)
                .contentType(startsWith("application/jsonl")).extract().asString();
        List<JsonNode> objects = lines.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertThat(objects).extracting(object -> object.path("id").asText()).contains(submitted).doesNotContain(draft);
        JsonNode one = objects.stream().filter(object -> object.path("id").asText().equals(submitted)).findFirst()
                .orElseThrow();
        assertThat(one.path("score").isInt()).isTrue();
        assertThat(one.path("level_overridden").isBoolean()).isTrue();
        // nothing updated before 2000
        assertThat(as("advisor.paris").queryParam("format", "jsonl").queryParam("until", "2000-01-01").when()
                .get(EXPORT).then().statusCode(200).extract().asString()).isEmpty();
    }

    @Test
    void aCciExportsOnlyItsOwn() {
        String paris = sharedWithParis("Parisienne SAS", true);
        assertThat(as("advisor.lyon").when().get(EXPORT).then().statusCode(200).extract().asString())
                .doesNotContain(paris);
        as("sme.paris").when().get(EXPORT).then().statusCode(403);
        as("admin.ops").when().get(EXPORT).then().statusCode(403);
        given().when().get(EXPORT).then().statusCode(401);
        as("advisor.paris").queryParam("format", "xlsx").when().get(EXPORT).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        as("advisor.paris").queryParam("since", "hier").when().get(EXPORT).then().statusCode(400);
    }

    /** 100,000 rows stream through in chunks, the first long before the last is read from the database. */
    @Test
    void aHundredThousandRowsStream() throws Exception {
        String model = sharedWithParis("Modèle", true);
        try (Connection connection = dataSource.getConnection(); PreparedStatement copy = connection.prepareStatement("""
                INSERT INTO assessment (id, questionnaire_version, status, origin, siren, company_name, owner_cci,
                    created_by, answers, sector, region, readiness, score, computed_level, level, follow_up,
                    created_at, updated_at, submitted_at)
                SELECT gen_random_uuid(), questionnaire_version, status, 'ADVISOR', siren, 'Copie ' || i,
                    'cci-lyon-metropole', created_by, answers, sector, region, readiness, score, computed_level,
                    level, follow_up, created_at, updated_at, submitted_at
                FROM assessment, generate_series(1, 100000) AS i WHERE id = ?::uuid""")) {
            copy.setString(1, model);
            assertThat(copy.executeUpdate()).isEqualTo(100_000);
        }
        try {
            InputStream stream = as("advisor.lyon").when().get(EXPORT).then().statusCode(200)
                    .header("Content-Length", nullValue()).extract().asInputStream();
            long lines = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                while (reader.readLine() != null) {
                    lines++;
                }
            }
            assertThat(lines).isGreaterThanOrEqualTo(100_001);
        } finally {
            try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection
                    .prepareStatement("DELETE FROM assessment WHERE company_name LIKE 'Copie %'")) {
                delete.executeUpdate();
            }
        }
    }

    private static Map<String, String> row(List<List<String>> rows, String id) {
        List<String> header = rows.get(0);
        List<String> row = rows.stream().filter(candidate -> candidate.get(0).equals(id)).findFirst().orElseThrow();
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            named.put(header.get(i), row.get(i));
        }
        return named;
    }
}
