package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.goodCompany;
import static fr.boussole.assessment.testing.Assessments.sharedWithParis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.boussole.assessment.domain.Caller;
import fr.boussole.assessment.service.privacy.PrivacyService;
import fr.boussole.commons.testing.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A company's and a person's GDPR rights as assessment-service holds them. directory-service and catalogue-service
 * do not run in service tests (as if down): the whole-suite export and erasure then answer 503, after this service's
 * part of an erasure is done; the end-to-end tests cover the whole with every service up.
 */
@QuarkusTest
class PrivacyTest {

    private static final String PRIVACY = "/api/v1/privacy/companies/";
    private static final String PEOPLE = "/api/v1/privacy/people/";
    /** A company of Paris only this test uses, so erasing it touches no other test's data. */
    private static final String SIREN = "552100000";

    @Inject
    DataSource dataSource;

    @Inject
    PrivacyService privacy;

    @BeforeEach
    void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void erasureAnonymisesKeepsTheScoresAndTellsTheCrms() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String webhook = as("advisor.paris").body(Map.of("url", receiver.url(), "events",
                    List.of("assessment.erased"))).when().post("/api/v1/webhooks").then().statusCode(201)
                    .extract().path("id");
            try {
                String id = as("advisor.paris").body(Map.of("siren", SIREN, "departement", "75", "companyName",
                        "Imprimerie Morel")).when().post(PATH).then().statusCode(201).extract().path("id");
                as("advisor.paris").body(goodCompany()).when().patch(PATH + "/" + id + "/answers").then()
                        .statusCode(200);
                as("advisor.paris").when().post(PATH + "/" + id + "/submit").then().statusCode(200);
                as("advisor.paris").body(Map.of("body", "M. Morel préfère être appelé le matin.")).when()
                        .post(PATH + "/" + id + "/notes").then().statusCode(201);

                // directory-service is away: 503, but this service's part is done and a new request finishes it
                as("admin.ops").when().delete(PRIVACY + SIREN).then().statusCode(503)
                        .body("type", equalTo("https://boussole-ia.fr/problems/service-unavailable"));

                as("admin.ops").when().get(PATH + "/" + id).then().statusCode(200)
                        .body("siren", nullValue())
                        .body("companyName", nullValue())
                        .body("score", equalTo(61))
                        .body("level", equalTo("READY_TO_PILOT"))
                        .body("answers.sector", equalTo("commerce"));
                as("advisor.paris").when().get(PATH + "/" + id + "/notes").then().statusCode(200)
                        .body("$", empty());
                as("admin.ops").queryParam("siren", SIREN).when().get(PATH).then().statusCode(200)
                        .body("total", equalTo(0));
                String erased = await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                        .map(WebhookReceiver.Received::body).filter(body -> body.contains(id)).findFirst()
                        .orElse(null), body -> body != null);
                assertThat(erased).contains("assessment.erased").doesNotContain(SIREN).doesNotContain("Morel");
                // the outbox keeps no copy of the company either
                try (Connection connection = dataSource.getConnection(); PreparedStatement events = connection
                        .prepareStatement("SELECT count(*) FROM webhook_event WHERE payload::text LIKE ?")) {
                    events.setString(1, "%" + SIREN + "%");
                    var count = events.executeQuery();
                    count.next();
                    assertThat(count.getInt(1)).isZero();
                }
            } finally {
                as("advisor.paris").when().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
            }
        }
    }

    @Test
    void onlyTheCompanyOrAnAdminExercisesItsRights() {
        String paris = "901122333";
        for (String stranger : List.of("sme.lyon", "advisor.paris", "curator.alice")) {
            as(stranger).when().get(PRIVACY + paris + "/access-log").then().statusCode(403);
            as(stranger).when().delete(PRIVACY + paris).then().statusCode(403);
            as(stranger).when().get(PRIVACY + paris).then().statusCode(403);
        }
        as("sme.paris").when().get(PRIVACY + "12345").then().statusCode(400);
        // the export needs every service: with the directory away it is refused whole rather than incomplete
        as("sme.paris").when().get(PRIVACY + paris).then().statusCode(503);
    }

    @Test
    void readsAndExportsByOthersGoIntoTheAccessLog() {
        String id = as("sme.paris").body("{}").when().post(PATH).then().statusCode(201).extract().path("id");
        as("sme.paris").body(Map.of("cci", "cci-paris-idf")).when().put(PATH + "/" + id + "/sharing").then()
                .statusCode(200);
        as("sme.paris").when().get(PATH + "/" + id).then().statusCode(200);
        as("advisor.paris").when().get(PATH + "/" + id).then().statusCode(200);

        as("sme.paris").when().get(PRIVACY + "901122333/access-log").then().statusCode(200)
                .body("items.find { it.assessmentId == '" + id + "' }.actor", equalTo("advisor.paris"))
                .body("items.find { it.assessmentId == '" + id + "' }.action", equalTo("READ"))
                .body("items.find { it.assessmentId == '" + id + "' }.actorCci", equalTo("cci-paris-idf"))
                // the company reading its own assessment is not logged
                .body("items.findAll { it.assessmentId == '" + id + "' }.size()", equalTo(1));
        as("admin.ops").when().get(PRIVACY + "901122333/access-log").then().statusCode(200)
                .body("items.action", hasItem("READ"));
    }

    /**
     * Accountability (GDPR art. 5(2)): each operation that gives a company's data to someone else leaves a line in
     * the company's access log saying who read what; the company's own reads leave none.
     */
    @Test
    void everyReadOfACompanysDataByAnotherIsLoggedWithWhatWasRead() {
        String id = sharedWithParis("Atelier du journal", true);
        String earlier = sharedWithParis("Atelier du journal", true);
        String one = PATH + "/" + id;
        Map<String, Runnable> reads = new LinkedHashMap<>();
        reads.put("the assessment and its answers", () -> as("advisor.paris").when().get(one).then().statusCode(200));
        reads.put("the explained readiness", () -> as("advisor.paris").when().get(one + "/readiness").then()
                .statusCode(200));
        reads.put("a comparison with another assessment", () -> as("advisor.paris").queryParam("with", earlier)
                .when().get(one + "/comparison").then().statusCode(200));
        reads.put("the recommendations", () -> as("advisor.paris").when().get(one + "/recommendations").then()
                .statusCode(200));
        reads.put("the report", () -> as("advisor.paris").accept("application/pdf").when().get(one + "/report")
                .then().statusCode(200));
        reads.put("the advisors' workspace", () -> as("advisor.paris").when().get(one + "/notes").then()
                .statusCode(200));
        reads.put("listed among the assessments", () -> as("advisor.paris").queryParam("siren", "901122333")
                .when().get(PATH).then().statusCode(200).body("items.id", hasItem(id)));
        reads.put("CSV export of the CCI's assessments", () -> as("advisor.paris").when().get(PATH + "/export").then()
                .statusCode(200));
        as("sme.paris").when().get(one + "/readiness").then().statusCode(200);
        as("sme.paris").accept("text/html").when().get(one + "/report").then().statusCode(200);

        assertThat(linesAbout(id, "")).as("the company's own reads").isZero();
        for (Map.Entry<String, Runnable> read : reads.entrySet()) {
            long before = linesAbout(id, read.getKey());
            read.getValue().run();
            assertThat(linesAbout(id, read.getKey())).as(read.getKey()).isEqualTo(before + 1);
        }
        as("advisor.paris").when().get(one).then().statusCode(200);
        as("sme.paris").when().get(PRIVACY + "901122333/access-log").then().statusCode(200)
                .body("items[0].assessmentId", equalTo(id))
                .body("items[0].actor", equalTo("advisor.paris"))
                .body("items[0].actorCci", equalTo("cci-paris-idf"))
                .body("items[0].action", equalTo("READ"))
                .body("items[0].detail", equalTo("the assessment and its answers"));
    }

    /** The lines of the access log about this assessment, by advisor.paris, whose detail starts so. */
    private long linesAbout(String assessment, String detail) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection
                .prepareStatement("SELECT count(*) FROM personal_data_access WHERE assessment_id = ?::uuid"
                        + " AND siren = '901122333' AND actor = 'advisor.paris' AND starts_with(detail, ?)")) {
            count.setString(1, assessment);
            count.setString(2, detail);
            try (var row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void retentionDeletesOldDraftsAndAnonymisesOldSubmissions() throws Exception {
        String draft = as("advisor.paris").body(Map.of("siren", SIREN, "departement", "75")).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        String old = as("advisor.paris").body(Map.of("siren", SIREN, "departement", "75", "companyName",
                "Ancienne SARL")).when().post(PATH).then().statusCode(201).extract().path("id");
        as("advisor.paris").body(goodCompany()).when().patch(PATH + "/" + old + "/answers").then().statusCode(200);
        as("advisor.paris").when().post(PATH + "/" + old + "/submit").then().statusCode(200);
        String recent = as("advisor.paris").body(Map.of("siren", SIREN, "departement", "75")).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        try (Connection connection = dataSource.getConnection()) {
            age(connection, "UPDATE assessment SET updated_at = now() - interval '200 days' WHERE id = ?::uuid", draft);
            age(connection, "UPDATE assessment SET submitted_at = now() - interval '4 years',"
                    + " created_at = now() - interval '4 years' WHERE id = ?::uuid", old);
        }

        PrivacyService.Retention done = privacy.applyRetention(Instant.now());

        assertThat(done.draftsDeleted()).isGreaterThanOrEqualTo(1);
        assertThat(done.submittedAnonymised()).isGreaterThanOrEqualTo(1);
        as("admin.ops").when().get(PATH + "/" + draft).then().statusCode(404);
        as("admin.ops").when().get(PATH + "/" + old).then().statusCode(200)
                .body("siren", nullValue()).body("companyName", nullValue()).body("score", notNullValue());
        as("admin.ops").when().get(PATH + "/" + recent).then().statusCode(200).body("siren", equalTo(SIREN));
    }

    @Test
    void aPersonSeesWhatNamesThemHereAndOnlyTheyOrAnAdminMayAsk() {
        String id = as("advisor.lyon").body(Map.of("siren", SIREN, "departement", "69")).when().post(PATH).then()
                .statusCode(201).extract().path("id");
        as("advisor.lyon").body(Map.of("body", "Rappeler après le salon.")).when().post(PATH + "/" + id + "/notes")
                .then().statusCode(201);

        Map<String, Object> data = privacy.personData(advisor("advisor.lyon", "cci-lyon-metropole"), "advisor.lyon");

        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> references = (Map<String, List<Map<String, Object>>>) data
                .get("references");
        assertThat(references.get("assessment.created_by")).anySatisfy(row -> assertThat(row.get("id").toString())
                .isEqualTo(id));
        assertThat(references.get("assessment_note.author")).anySatisfy(row -> assertThat(row)
                .containsEntry("body", "Rappeler après le salon.").containsEntry("cci", "cci-lyon-metropole"));
        assertThat(references.get("personal_data_access.person")).anySatisfy(row -> assertThat(row)
                .containsEntry("action", "EXPORT").containsEntry("actor", "advisor.lyon"));
        as("advisor.lyon").when().get(PEOPLE + "advisor.lyon/access-log").then().statusCode(200)
                .body("items[0].action", equalTo("EXPORT"))
                .body("items[0].person", equalTo("advisor.lyon"));

        for (String stranger : List.of("advisor.paris", "sme.lyon", "curator.alice")) {
            as(stranger).when().get(PEOPLE + "advisor.lyon").then().statusCode(403);
            as(stranger).when().delete(PEOPLE + "advisor.lyon").then().statusCode(403);
            as(stranger).when().get(PEOPLE + "advisor.lyon/access-log").then().statusCode(403);
        }
        RestAssured.given().when().get(PEOPLE + "advisor.lyon").then().statusCode(401);
        as("admin.ops").when().get(PEOPLE + "Not A Username!").then().statusCode(400);
        // the whole-suite export needs the catalogue and the directory, away here: refused rather than incomplete
        as("advisor.lyon").when().get(PEOPLE + "advisor.lyon").then().statusCode(503);
    }

    @Test
    void aPersonsErasureTakesTheirNameOffWhatTheyDidAndKeepsWhatTheyDid() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String webhook = as("advisor.paris").body(Map.of("url", receiver.url(), "events",
                    List.of("assessment.submitted"))).when().post("/api/v1/webhooks").then().statusCode(201)
                    .extract().path("id");
            String id = as("advisor.paris").body(Map.of("siren", SIREN, "departement", "75")).when().post(PATH)
                    .then().statusCode(201).extract().path("id");
            as("advisor.paris").body(Map.of("body", "Projet de tri des devis.")).when()
                    .post(PATH + "/" + id + "/notes").then().statusCode(201);
            try (Connection connection = dataSource.getConnection()) {
                // an advisor who has since left: what they did here was theirs
                age(connection, "UPDATE assessment SET created_by = 'advisor.former' WHERE id = ?::uuid", id);
                age(connection, "UPDATE assessment_note SET author = 'advisor.former' WHERE assessment_id = ?::uuid",
                        id);
                age(connection, "UPDATE webhook_subscription SET created_by = 'advisor.former' WHERE id = ?::uuid",
                        webhook);
                age(connection, "INSERT INTO personal_data_access (at, actor, actor_role, action, siren, assessment_id)"
                        + " VALUES (now(), 'advisor.former', 'advisor', 'READ', '" + SIREN + "', ?::uuid)", id);
            }

            // catalogue-service is away: 503, but this service's part is done and a new request finishes it
            as("admin.ops").when().delete(PEOPLE + "advisor.former").then().statusCode(503);

            as("advisor.paris").when().get(PATH + "/" + id + "/notes").then().statusCode(200)
                    .body("author", contains("[erased]"))
                    .body("body", contains("Projet de tri des devis."));
            as("advisor.paris").when().get("/api/v1/webhooks/" + webhook).then().statusCode(200)
                    .body("createdBy", equalTo("[erased]"));
            assertThat(count("SELECT count(*) FROM personal_data_access WHERE actor = 'advisor.former'"
                    + " OR person = 'advisor.former'")).isZero();
            assertThat(count("SELECT count(*) FROM assessment WHERE created_by = 'advisor.former'")).isZero();
            assertThat(count("SELECT count(*) FROM personal_data_access WHERE action = 'ERASE' AND actor = 'admin.ops'"
                    + " AND person = '[erased]'")).isPositive();

            // asking again is logged, and finds nothing else
            @SuppressWarnings("unchecked")
            Map<String, Object> references = (Map<String, Object>) privacy.personData(admin(), "advisor.former")
                    .get("references");
            assertThat(references).containsOnlyKeys("personal_data_access.person");

            // a person who erases themselves is not named by the log of their erasure either
            privacy.erasePerson(advisor("advisor.former", "cci-paris-idf"), "advisor.former");
            assertThat(count("SELECT count(*) FROM personal_data_access WHERE actor = 'advisor.former'"
                    + " OR person = 'advisor.former'")).isZero();
            as("advisor.paris").when().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        }
    }

    private static Caller advisor(String name, String cci) {
        return new Caller("subject-of-" + name, name, "advisor", null, cci, null);
    }

    private static Caller admin() {
        return new Caller("subject-of-admin.ops", "admin.ops", "admin", null, null, null);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                var result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void age(Connection connection, String sql, String id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
