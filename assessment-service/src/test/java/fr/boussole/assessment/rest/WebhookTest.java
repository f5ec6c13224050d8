package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.sharedWithParis;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.assessment.service.webhook.WebhookOutbox;
import fr.boussole.assessment.service.webhook.WebhookSecretsReencryption;
import fr.boussole.assessment.testing.FirstFormatSecrets;
import fr.boussole.assessment.testing.StandardWebhooksCheck;
import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.commons.testing.WebhookReceiver;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Webhooks to a real HTTP receiver on loopback (allowed by the test configuration, as nothing else private is):
 * signed per Standard Webhooks, delivered through the outbox at least once, retried while the receiver fails,
 * logged, redelivered by hand; and their targets checked against server-side request forgery.
 */
@QuarkusTest
class WebhookTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DISPATCHER = "webhook-dispatcher";
    private static final String REENCRYPTION = "webhook-secrets-reencryption";
    /** The key of the test profile (application.properties), and its id. */
    private static final String TEST_KEY = "ZGVtby1rZXktb2YtdGhlLWJvdXNzb2xlLXN1aXRlISE=";
    private static final String TEST_KEY_ID = "0a544d2deb1d";

    @Inject
    DataSource dataSource;
    @Inject
    Scheduler scheduler;
    @Inject
    WebhookOutbox outbox;
    @Inject
    WebhookSecretsReencryption reencryption;

    private WebhookReceiver receiver;

    @BeforeEach
    void receiver() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void unsubscribeEverything() {
        receiver.close();
        for (String user : List.of("advisor.paris", "advisor.lyon")) {
            List<String> ids = as(user).when().get(WEBHOOKS).then().statusCode(200).extract().path("id");
            ids.forEach(id -> as(user).when().delete(WEBHOOKS + "/" + id).then().statusCode(204));
        }
    }

    @Test
    void aSubmittedAssessmentReachesTheCrmSignedAndOnce() throws Exception {
        var created = as("advisor.paris").body(subscription(List.of("assessment.submitted", "assessment.shared")))
                .when().post(WEBHOOKS).then().statusCode(201)
                .body("cci", equalTo("cci-paris-idf"))
                .body("secret", startsWith("whsec_"))
                .extract();
        String secret = created.path("secret");
        String id = created.path("id");
        // the secret is shown once
        as("advisor.paris").when().get(WEBHOOKS + "/" + id).then().statusCode(200).body("secret", nullValue());

        String assessment = sharedWithParisAndSubmitted();

        // both events, in no particular order: deliveries run in parallel, receivers order by timestamp
        List<WebhookReceiver.Received> events = awaitEvents(assessment, 2);
        assertThat(events).extracting(event -> JSON.readTree(event.body()).path("type").asText())
                .containsExactlyInAnyOrder("assessment.shared", "assessment.submitted");
        WebhookReceiver.Received submittedEvent = events.stream()
                .filter(event -> event.body().contains("assessment.submitted")).findFirst().orElseThrow();
        JsonNode submitted = JSON.readTree(submittedEvent.body());
        assertThat(submitted.path("data").path("score").asInt()).isEqualTo(61);
        assertThat(submitted.path("data").path("level").asText()).isEqualTo("READY_TO_PILOT");
        assertThat(submitted.path("data").path("siren").asText()).isEqualTo("901122333");
        assertThat(submitted.path("data").has("answers")).isFalse();
        for (WebhookReceiver.Received event : events) {
            assertThat(StandardWebhooksCheck.verifies(secret, event)).as("signature of %s", event.body()).isTrue();
            assertThat(event.header("webhook-id")).startsWith("msg_");
            assertThat(event.header("content-type")).isEqualTo("application/json");
        }
        // a forged or altered body does not verify
        WebhookReceiver.Received altered = new WebhookReceiver.Received(submittedEvent.headers(),
                submittedEvent.body().replace("61", "99"));
        assertThat(StandardWebhooksCheck.verifies(secret, altered)).isFalse();

        // the outcome is written once the receiver has answered, a moment after it got the request
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("advisor.paris").when()
                .get(WEBHOOKS + "/" + id + "/deliveries?status=DELIVERED").then().statusCode(200)
                .body("items.eventType", hasItem("assessment.submitted"))
                .body("items.attempts", everyItem(equalTo(1))));
    }

    @Test
    void eventsAreRetriedWhileTheReceiverFailsThenDeliveredWithTheSameId() throws Exception {
        String id = subscribe("advisor.paris", List.of("assessment.submitted"));
        receiver.failNext(3);

        String assessment = sharedWithParisAndSubmitted();

        List<WebhookReceiver.Received> attempts = awaitEvents(assessment, 4);
        assertThat(attempts).extracting(attempt -> attempt.header("webhook-id")).containsOnly(
                attempts.get(0).header("webhook-id"));
        String delivery = await().atMost(Duration.ofSeconds(10)).until(() -> as("advisor.paris").when()
                .get(WEBHOOKS + "/" + id + "/deliveries").then().extract().<String> path("items.find { it.status =="
                        + " 'DELIVERED' }.id"), java.util.Objects::nonNull);
        as("advisor.paris").when().get(WEBHOOKS + "/" + id + "/deliveries/" + delivery).then().statusCode(200)
                .body("attempts", equalTo(4))
                .body("attemptLog.statusCode", equalTo(List.of(503, 503, 503, 204)))
                .body("payload.data.assessmentId", equalTo(assessment));

        // and once more by hand, with the same webhook-id
        as("advisor.paris").when().post(WEBHOOKS + "/" + id + "/deliveries/" + delivery + "/redelivery").then()
                .statusCode(202).body("status", equalTo("PENDING"));
        List<WebhookReceiver.Received> again = awaitEvents(assessment, 5);
        assertThat(again.get(4).header("webhook-id")).isEqualTo(attempts.get(0).header("webhook-id"));
    }

    @Test
    void aDeliveryFailingPastItsRetryWindowIsMarkedFailed() throws Exception {
        String id = subscribe("advisor.paris", List.of("assessment.submitted"));
        receiver.failNext(1_000);
        String assessment = sharedWithParisAndSubmitted();
        awaitEvents(assessment, 1);
        // the window ends now, and the next attempt is due now rather than after a backoff that has grown meanwhile
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement("UPDATE"
                + " webhook_delivery SET retry_until = now(), next_attempt_at = now() WHERE subscription_id = ?::uuid")) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("advisor.paris").when()
                .get(WEBHOOKS + "/" + id + "/deliveries").then().body("items[0].status", equalTo("FAILED"))
                .body("items[0].lastStatus", equalTo(503)));
    }

    @Test
    void aRedeliveryAskedForDuringAnAttemptIsKeptWhateverTheAttemptReturns() {
        String id = subscribe("advisor.paris", List.of("assessment.submitted"));
        scheduler.pause(DISPATCHER);
        try {
            // the dispatcher takes the delivery and sends it; meanwhile the advisor asks for it again
            WebhookOutbox.Outgoing attempt = takenAsTheDispatcherWould(sharedWithParisAndSubmitted());
            String delivery = attempt.deliveryId().toString();
            Instant redeliveryAsked = Instant.now();
            as("advisor.paris").when().post(WEBHOOKS + "/" + id + "/deliveries/" + delivery + "/redelivery").then()
                    .statusCode(202);
            outbox.record(attempt.outcome(redeliveryAsked.minusMillis(50), 204, null));

            // the attempt is written down, and the redelivery still stands
            var view = as("advisor.paris").when().get(WEBHOOKS + "/" + id + "/deliveries/" + delivery).then()
                    .statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("attempts", equalTo(1))
                    .body("attemptLog.statusCode", equalTo(List.of(204)))
                    .extract();
            assertThat(Instant.parse(view.<String> path("nextAttemptAt"))).isBefore(Instant.now());
            assertThat(Instant.parse(view.<String> path("retryUntil"))).isAfter(redeliveryAsked.plus(Duration
                    .ofHours(23)));
        } finally {
            scheduler.resume(DISPATCHER);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("advisor.paris").when()
                .get(WEBHOOKS + "/" + id + "/deliveries").then().body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(2)));
    }

    @Test
    void aFailedAttemptDoesNotPostponeARedeliveryAskedForMeanwhile() {
        String id = subscribe("advisor.paris", List.of("assessment.submitted"));
        scheduler.pause(DISPATCHER);
        try {
            WebhookOutbox.Outgoing attempt = takenAsTheDispatcherWould(sharedWithParisAndSubmitted());
            String delivery = attempt.deliveryId().toString();
            as("advisor.paris").when().post(WEBHOOKS + "/" + id + "/deliveries/" + delivery + "/redelivery").then()
                    .statusCode(202);
            Instant outcomeWritten = Instant.now();
            outbox.record(attempt.outcome(outcomeWritten.minusMillis(5), 503, "the receiver answered 503"));

            // without the redelivery, the next attempt would wait for the backoff
            String next = as("advisor.paris").when().get(WEBHOOKS + "/" + id + "/deliveries/" + delivery).then()
                    .statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("attempts", equalTo(1))
                    .body("lastStatus", equalTo(503))
                    .extract().path("nextAttemptAt");
            assertThat(Instant.parse(next)).isBeforeOrEqualTo(outcomeWritten);
        } finally {
            scheduler.resume(DISPATCHER);
        }
    }

    @Test
    void aPausedWebhookHoldsItsQueuedDeliveriesUntilItIsResumed() throws Exception {
        String id = subscribe("advisor.paris", List.of("assessment.submitted"));
        receiver.failNext(1);
        String assessment = sharedWithParisAndSubmitted();
        awaitEvents(assessment, 1);
        Map<String, Object> paused = new HashMap<>(subscription(List.of("assessment.submitted")));
        paused.put("active", false);
        as("advisor.paris").body(paused).when().put(WEBHOOKS + "/" + id).then().statusCode(200)
                .body("active", equalTo(false));
        // the retry is due at once, and the receiver would take it now
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement("UPDATE"
                + " webhook_delivery SET next_attempt_at = now() WHERE subscription_id = ?::uuid")) {
            statement.setString(1, id);
            statement.executeUpdate();
        }

        Thread.sleep(2_000); // ten polls of the dispatcher
        assertThat(receiver.received().stream().filter(received -> received.body().contains(assessment))).hasSize(1);
        as("advisor.paris").when().get(WEBHOOKS + "/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("PENDING"));

        paused.put("active", true);
        as("advisor.paris").body(paused).when().put(WEBHOOKS + "/" + id).then().statusCode(200);
        awaitEvents(assessment, 2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("advisor.paris").when()
                .get(WEBHOOKS + "/" + id + "/deliveries").then().body("items[0].status", equalTo("DELIVERED")));
    }

    @Test
    void aRotatedSecretSignsBesideThePreviousOneForADay() throws Exception {
        var created = as("advisor.paris").body(subscription(List.of("assessment.submitted"))).when().post(WEBHOOKS)
                .then().statusCode(201).extract();
        String id = created.path("id");
        String before = created.path("secret");
        String after = as("advisor.paris").when().post(WEBHOOKS + "/" + id + "/secret").then().statusCode(200)
                .body("previousSecretValidUntil", not(nullValue()))
                .extract().path("secret");
        assertThat(after).startsWith("whsec_").isNotEqualTo(before);

        String assessment = sharedWithParisAndSubmitted();
        WebhookReceiver.Received event = awaitEvents(assessment, 1).get(0);
        assertThat(event.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(StandardWebhooksCheck.verifies(after, event)).isTrue();
        assertThat(StandardWebhooksCheck.verifies(before, event)).isTrue();
    }

    @Test
    void secretsStoredBeforeKeyIdsAreEncryptedAgainAndStillSign() throws Exception {
        var created = as("advisor.paris").body(subscription(List.of("assessment.submitted"))).when().post(WEBHOOKS)
                .then().statusCode(201).extract();
        String id = created.path("id");
        String secret = created.path("secret");
        scheduler.pause(REENCRYPTION);
        try {
            storeSecret(id, FirstFormatSecrets.encrypt(TEST_KEY, secret));
            assertThat(reencryption.reencrypt()).isPositive();
        } finally {
            scheduler.resume(REENCRYPTION);
        }

        assertThat(storedSecret(id)).startsWith("v2:" + TEST_KEY_ID + ":");
        WebhookReceiver.Received event = awaitEvents(sharedWithParisAndSubmitted(), 1).get(0);
        assertThat(StandardWebhooksCheck.verifies(secret, event)).isTrue();
        assertThat(reencryption.reencrypt()).as("nothing left to do").isZero();
    }

    @Test
    void aSecretCopiedFromAnotherSubscriptionSignsNothing() {
        String own = subscribe("advisor.paris", List.of("assessment.submitted"));
        String other = subscribe("advisor.paris", List.of("assessment.submitted"));
        storeSecret(other, storedSecret(own));

        String assessment = sharedWithParisAndSubmitted();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("advisor.paris").when()
                .get(WEBHOOKS + "/" + other + "/deliveries").then().statusCode(200)
                .body("items[0].lastError", startsWith("the subscription's signing secret could not be decrypted")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("advisor.paris").when()
                .get(WEBHOOKS + "/" + own + "/deliveries").then().body("items[0].status", equalTo("DELIVERED")));
        assertThat(receiver.received().stream().filter(received -> received.body().contains(assessment)))
                .as("only the subscription that owns the secret got the event").hasSize(1);
    }

    @Test
    void targetsInsideThePlatformAreRefused() {
        for (String url : List.of("http://10.0.0.7/hook", "https://192.168.1.20/hook", "https://172.20.0.3/hook",
                "http://169.254.169.254/latest/meta-data", "http://[::1]:8082/hook", "http://0.0.0.0:8082/hook",
                "https://100.64.0.9/hook", "https://[fd12:3456::1]/hook", "http://[::ffff:10.0.0.1]/hook",
                "http://93.184.215.14/hook", "https://user:secret@93.184.215.14/hook", "ftp://93.184.215.14/hook",
                "https://nowhere.invalid/hook", "not a url")) {
            as("advisor.paris").body(Map.of("url", url, "events", List.of("assessment.submitted"))).when()
                    .post(WEBHOOKS).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
        // regression: the CCI's webhooks were answered without Cache-Control
        as("advisor.paris").when().get(WEBHOOKS).then().statusCode(200).body("size()", equalTo(0))
                .header("Cache-Control", "no-store");
        // a public HTTPS address is fine
        as("advisor.paris").body(Map.of("url", "https://93.184.215.14/hook", "events",
                List.of("assessment.submitted"))).when().post(WEBHOOKS).then().statusCode(201);
    }

    @Test
    void unknownEventTypesAreRefused() {
        as("advisor.paris").body(Map.of("url", receiver.url(), "events", List.of("assessment.submitted",
                "assessment.deleted"))).when().post(WEBHOOKS).then().statusCode(400)
                .body("errors.field", hasItem("events[1]"));
    }

    @Test
    void onlyTheAdvisorsAndCrmOfItsCciSeeAWebhook() {
        String id = subscribe("advisor.paris", List.of("assessment.submitted"));
        as("advisor.lyon").when().get(WEBHOOKS + "/" + id).then().statusCode(404);
        as("advisor.lyon").when().delete(WEBHOOKS + "/" + id).then().statusCode(404);
        as("advisor.lyon").when().get(WEBHOOKS).then().statusCode(200).body("id", not(hasItem(id)));
        crm("crm-cci-paris-idf", "crm-paris-demo-secret").get(WEBHOOKS + "/" + id).then().statusCode(200);
        crm("crm-cci-lyon-metropole", "crm-lyon-demo-secret").get(WEBHOOKS + "/" + id + "/deliveries").then()
                .statusCode(404);
        as("sme.paris").when().get(WEBHOOKS).then().statusCode(403);
        as("admin.ops").when().get(WEBHOOKS).then().statusCode(403);
        given().when().get(WEBHOOKS).then().statusCode(401);
    }

    private String storedSecret(String subscription) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT secret FROM webhook_subscription WHERE id = ?::uuid")) {
            statement.setString(1, subscription);
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void storeSecret(String subscription, String stored) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "UPDATE webhook_subscription SET secret = ? WHERE id = ?::uuid")) {
            statement.setString(1, stored);
            statement.setString(2, subscription);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification crm(String client, String secret) {
        return given().auth().oauth2(KeycloakTokens.clientCredentials(client, secret));
    }

    private String subscribe(String user, List<String> events) {
        return as(user).body(subscription(events)).when().post(WEBHOOKS).then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> subscription(List<String> events) {
        return Map.of("url", receiver.url(), "events", events, "description", "CRM de test");
    }

    /** sme.paris shares an assessment with CCI Paris Île-de-France, then submits it. */
    private static String sharedWithParisAndSubmitted() {
        return sharedWithParis("Atelier Dupont", true);
    }

    /** This assessment's delivery, taken from the outbox under a lease as the (paused) dispatcher would. */
    private WebhookOutbox.Outgoing takenAsTheDispatcherWould(String assessment) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> outbox.takeDue().stream()
                .filter(outgoing -> outgoing.body().contains(assessment)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The requests about this assessment, once there are at least {@code count}. */
    private List<WebhookReceiver.Received> awaitEvents(String assessment, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                .filter(received -> received.body().contains(assessment)).toList(), events -> events.size() >= count);
    }
}
