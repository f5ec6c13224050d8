package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Curators reword sectors and business functions: role checks, If-Match, validation, no lost update. */
@QuarkusTest
class TaxonomyCurationTest {

    private static final String SECTOR = "/api/v1/catalogue/sectors/tertiaire-superieur";
    private static final String FUNCTION = "/api/v1/catalogue/business-functions/direction";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String body(String frDescription, String enDescription) {
        return """
                {"translations": {
                  "fr": {"name": "Tertiaire supérieur", "description": "%s"},
                  "en": {"name": "Professional services", "description": "%s"}}}""".formatted(frDescription,
                enDescription);
    }

    private static String currentTag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Response put(String token, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(SECTOR);
    }

    @Test
    void aCuratorRewordsASectorAndTheVersionMovesOn() {
        String tag = currentTag(SECTOR);
        long version = Long.parseLong(tag.replaceAll("\\D*(\\d+)-.*", "$1"));
        String description = "Conseil, juridique, expertise comptable et ingénierie — révision " + System.nanoTime();

        put(KeycloakTokens.of("curator.alice"), tag, body(description, "Consulting, legal and engineering."))
                .then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "-fr\"")
                .body("version", equalTo((int) version + 1))
                .body("description", equalTo(description))
                .body("translations.en.description", equalTo("Consulting, legal and engineering."));
        given().header("Accept-Language", "en").when().get(SECTOR)
                .then().statusCode(200)
                .body("description", equalTo("Consulting, legal and engineering."));
    }

    @Test
    void anIdenticalWordingChangesNothing() {
        Response current = given().when().get(SECTOR);
        String unchanged = body(current.path("translations.fr.description"), current.path("translations.en.description"));
        put(KeycloakTokens.of("admin.ops"), current.header("ETag"), unchanged)
                .then().statusCode(200)
                .header("ETag", current.header("ETag"));
    }

    @Test
    void aWriteWithoutIfMatchIs428AndAStaleOneIs412() {
        String token = KeycloakTokens.of("curator.bruno");
        put(token, null, body("x", "y")).then().statusCode(428).contentType("application/problem+json");
        put(token, "\"0-fr\"", body("x", "y")).then().statusCode(412).contentType("application/problem+json");
        given().when().get(SECTOR).then().body("translations.fr.description", org.hamcrest.Matchers.not("x"));
    }

    @Test
    void twoCuratorsWritingTheSameVersionAtOnceCannotBothWin() throws Exception {
        String tag = currentTag(SECTOR);
        String alice = KeycloakTokens.of("curator.alice");
        String bruno = KeycloakTokens.of("curator.bruno");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String[] writer : new String[][] { { alice, "Alice" }, { bruno, "Bruno" } }) {
                Callable<Response> write = () -> {
                    start.await();
                    return put(writer[0], tag, body("Version de " + writer[1] + " " + System.nanoTime(), "By "
                            + writer[1]));
                };
                answers.add(pool.submit(write));
            }
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = response.path("translations.en.description");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            given().when().get(SECTOR).then().body("translations.en.description", equalTo(winner));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidWordingIsRefusedFieldByFieldAndNothingChanges() {
        String tag = currentTag(SECTOR);
        given().auth().oauth2(KeycloakTokens.of("curator.alice")).contentType("application/json")
                .header("If-Match", tag)
                .body("""
                        {"translations": {"fr": {"name": " ", "description": "ok"}, "en": {"description": "ok"}}}""")
                .when().put(SECTOR)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("translations.fr.name", "translations.en.name"));
        given().auth().oauth2(KeycloakTokens.of("curator.alice")).contentType("application/json")
                .header("If-Match", tag)
                .body("{\"translations\": {\"de\": {}}}")
                .when().put(SECTOR)
                .then().statusCode(400)
                .body("detail", equalTo("Unknown field 'translations.de'"));
        given().auth().oauth2(KeycloakTokens.of("curator.alice")).contentType("application/json")
                .header("If-Match", tag)
                .body(body("x".repeat(2_000_000), "y"))
                .when().put(SECTOR)
                .then().statusCode(413)
                .contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.of("curator.alice")).contentType("text/plain")
                .header("If-Match", tag)
                .body("Tertiaire")
                .when().put(SECTOR)
                .then().statusCode(415);
        assertThat(currentTag(SECTOR)).isEqualTo(tag);
    }

    @Test
    void onlyCuratorsAndAdminsMayReword() {
        String tag = currentTag(FUNCTION);
        String body = """
                {"translations": {"fr": {"name": "Direction", "description": "d"}, "en": {"name": "Management", "description": "d"}}}""";
        given().contentType("application/json").header("If-Match", tag).body(body)
                .when().put(FUNCTION)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"boussole\"");
        for (String user : new String[] { "sme.paris", "advisor.lyon" }) {
            given().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json").header("If-Match", tag)
                    .body(body)
                    .when().put(FUNCTION)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(KeycloakTokens.clientCredentials("crm-cci-paris-idf", "crm-paris-demo-secret"))
                .contentType("application/json").header("If-Match", tag).body(body)
                .when().put(FUNCTION)
                .then().statusCode(403);
        assertThat(currentTag(FUNCTION)).isEqualTo(tag);
    }

    @Test
    void tokensThatAreNotForThisApiAreRefused() {
        String tag = currentTag(FUNCTION);
        String body = "{}";
        given().auth().oauth2(KeycloakTokens.withoutApiAudience("curator.alice"))
                .contentType("application/json").header("If-Match", tag).body(body)
                .when().put(FUNCTION)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"boussole\", error=\"invalid_token\"");
        String genuine = KeycloakTokens.of("curator.alice");
        String tampered = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(tampered).when().get("/api/v1/catalogue/sectors")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
