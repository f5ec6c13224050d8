package fr.boussole.commons.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class IdempotencyTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void reset() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        IdempotentProbeResource.FAILURES_LEFT.set(0);
        IdempotentProbeResource.slowRelease = new CountDownLatch(0);
    }

    @Test
    void theSameRequestAgainGetsTheFirstAnswerWithoutASecondEffect() {
        String key = UUID.randomUUID().toString();
        int before = IdempotentProbeResource.CREATED.get();
        Response first = post("/things", key, "{\"name\":\"atelier\"}");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue()).body("secret", startsWith("secret-"));

        post("/things", key, "{\"name\":\"atelier\"}").then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .contentType(ContentType.JSON)
                .body("id", equalTo(first.path("id")))
                .body("name", equalTo("atelier"))
                // a secret is shown once: a replay, which anyone holding the key could ask for, leaves it out
                .body("$", not(hasKey("secret")));
        assertThat(IdempotentProbeResource.CREATED.get()).isEqualTo(before + 1);
        // the draft's structured-field form of the same key
        post("/things", "\"" + key + "\"", "{\"name\":\"atelier\"}").then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertThat(IdempotentProbeResource.CREATED.get()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefused() {
        String key = UUID.randomUUID().toString();
        post("/things", key, "{\"name\":\"atelier\"}").then().statusCode(201);
        int after = IdempotentProbeResource.CREATED.get();

        post("/things", key, "{\"name\":\"usine\"}").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://boussole-ia.fr/problems/idempotency-key-reused"));
        post("/flaky-things", key, "{\"name\":\"atelier\"}").then().statusCode(422);
        assertThat(IdempotentProbeResource.CREATED.get()).isEqualTo(after);
    }

    @Test
    void aDuplicateArrivingWhileTheFirstRunsGetsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        IdempotentProbeResource.slowRelease = new CountDownLatch(1);
        int before = IdempotentProbeResource.CREATED.get();
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> post("/slow-things", key, "{\"name\":\"lent\"}"));
        try {
            awaitClaimed(key);
            post("/slow-things", key, "{\"name\":\"lent\"}").then()
                    .statusCode(409)
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://boussole-ia.fr/problems/idempotency-key-in-use"));
        } finally {
            IdempotentProbeResource.slowRelease.countDown();
        }
        first.get().then().statusCode(201);
        post("/slow-things", key, "{\"name\":\"lent\"}").then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(IdempotentProbeResource.CREATED.get()).isEqualTo(before + 1);
    }

    @Test
    void aServerFailureFreesTheKeyForARetry() {
        String key = UUID.randomUUID().toString();
        IdempotentProbeResource.FAILURES_LEFT.set(1);
        post("/flaky-things", key, "{\"name\":\"retenté\"}").then().statusCode(500);
        post("/flaky-things", key, "{\"name\":\"retenté\"}").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRefusedRequestIsReplayedAsRefused() {
        String key = UUID.randomUUID().toString();
        post("/things", key, "{\"name\":\"\"}").then().statusCode(400);
        post("/things", key, "{\"name\":\"\"}").then().statusCode(400).header("Idempotent-Replayed", "true")
                .body("type", equalTo("https://boussole-ia.fr/problems/validation-error"));
    }

    /**
     * A request that crashed between claiming its key and storing its answer leaves a claim without an answer: after
     * the claim timeout (a minute) it no longer holds the key, and the client's retry runs.
     */
    @Test
    void aClaimLeftByACrashedRequestExpires() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"orphelin\"}";
        leaveClaim(key, body, "now() - interval '10 seconds'");
        post("/things", key, body).then().statusCode(409).body("detail", containsString("still being processed"));

        String later = UUID.randomUUID().toString();
        leaveClaim(later, body, "now() - interval '61 seconds'");
        int before = IdempotentProbeResource.CREATED.get();
        post("/things", later, body).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        post("/things", later, body).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(IdempotentProbeResource.CREATED.get()).isEqualTo(before + 1);
    }

    /**
     * A request slower than the claim timeout may see its key claimed again by a retry: its answer then is not
     * stored over the retry's claim (the retry stores its own).
     */
    @Test
    void aRequestWhoseClaimWasTakenOverLeavesTheNewClaimAlone() throws Exception {
        String key = UUID.randomUUID().toString();
        IdempotentProbeResource.slowRelease = new CountDownLatch(1);
        CompletableFuture<Response> slow = CompletableFuture.supplyAsync(
                () -> post("/slow-things", key, "{\"name\":\"lent\"}"));
        try {
            awaitClaimed(key);
            // what a retry does once the claim has expired: the key is claimed anew, at another time
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement retry = connection.prepareStatement("UPDATE idempotency_record"
                            + " SET created_at = now() + interval '1 second' WHERE idempotency_key = ?")) {
                retry.setString(1, key);
                assertThat(retry.executeUpdate()).isEqualTo(1);
            }
        } finally {
            IdempotentProbeResource.slowRelease.countDown();
        }
        slow.get().then().statusCode(201);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement answer = connection.prepareStatement(
                        "SELECT status FROM idempotency_record WHERE idempotency_key = ?")) {
            answer.setString(1, key);
            ResultSet row = answer.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getObject(1)).as("the retry's claim, still without an answer").isNull();
        }
    }

    private void leaveClaim(String key, String body, String createdAt) throws Exception {
        String fingerprint = sha256("POST /probe/idempotent/things?\n", body);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("INSERT INTO idempotency_record"
                        + " (caller, idempotency_key, fingerprint, created_at) VALUES ('anonymous', ?, ?, "
                        + createdAt + ")")) {
            claim.setString(1, key);
            claim.setString(2, fingerprint);
            claim.executeUpdate();
        }
    }

    /** The fingerprint the filter gives a request: SHA-256 of its method, path and query line, then its body. */
    private static String sha256(String head, String body) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(head.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keysExpireAfterADay() throws Exception {
        String key = UUID.randomUUID().toString();
        int firstId = post("/things", key, "{\"name\":\"ancien\"}").then().statusCode(201).extract().path("id");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement("UPDATE idempotency_record"
                        + " SET created_at = created_at - interval '25 hours' WHERE idempotency_key = ?")) {
            age.setString(1, key);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
        int secondId = post("/things", key, "{\"name\":\"ancien\"}").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        assertThat(secondId).isNotEqualTo(firstId);
    }

    @Test
    @TestSecurity(user = "alice")
    void keysBelongToTheirCaller() throws Exception {
        String key = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement someoneElses = connection.prepareStatement("""
                        INSERT INTO idempotency_record (caller, idempotency_key, fingerprint, created_at, status, body)
                        VALUES ('user:bob', ?, 'any', now(), 201, '{"id":-1,"name":"bob"}')""")) {
            someoneElses.setString(1, key);
            someoneElses.executeUpdate();
        }
        post("/things", key, "{\"name\":\"alice\"}").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("name", equalTo("alice"));
        post("/things", key, "{\"name\":\"alice\"}").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("name", equalTo("alice"));
    }

    @Test
    void anUnusableKeyIsRefused() {
        post("/things", "x".repeat(256), "{\"name\":\"atelier\"}").then().statusCode(400)
                .contentType("application/problem+json");
        post("/things", "avec espace", "{\"name\":\"atelier\"}").then().statusCode(400);
        // without a token, a short key could be another anonymous caller's
        post("/things", "cle-1", "{\"name\":\"atelier\"}").then().statusCode(400)
                .body("detail", containsString("UUID"));
    }

    @Test
    void requestsWithoutAKeyRunEveryTime() {
        int before = IdempotentProbeResource.CREATED.get();
        given().contentType(ContentType.JSON).body("{\"name\":\"libre\"}").post("/probe/idempotent/things")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\":\"libre\"}").post("/probe/idempotent/things")
                .then().statusCode(201);
        assertThat(IdempotentProbeResource.CREATED.get()).isEqualTo(before + 2);
    }

    private void awaitClaimed(String key) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement claimed = connection.prepareStatement(
                            "SELECT 1 FROM idempotency_record WHERE idempotency_key = ?")) {
                claimed.setString(1, key);
                if (claimed.executeQuery().next()) {
                    return;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the first request never claimed its key");
    }

    private static Response post(String path, String key, String body) {
        RequestSpecification request = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body);
        return request.post("/probe/idempotent" + path);
    }
}
