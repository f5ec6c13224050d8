package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.commons.testing.Fixtures;
import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.commons.testing.WebhookReceiver;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A CCI's CRM receiving webhooks from the running suite, each checked with the Standard Webhooks reference library
 * (npm {@code standardwebhooks}, in {@code webhook-verifier/}), not with the suite's own code; and an event in
 * flight when assessment-service is killed, delivered by the service once it is back.
 */
class WebhooksIT {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aCrmGetsSignedEventsThroughTheSuite() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> subscription = Map.of("url", receiver.url(), "events",
                    List.of("assessment.shared", "assessment.submitted"), "description", "CRM e2e");
            var created = as("advisor.paris", Suite.gateway()).header("Idempotency-Key", key).body(subscription)
                    .when().post(WEBHOOKS).then().statusCode(201).extract();
            String id = created.path("id");
            String secret = created.path("secret");
            try {
                // the same subscription sent again with its key is the same subscription; its secret was shown once
                assertThat(secret).startsWith("whsec_");
                as("advisor.paris", Suite.gateway()).header("Idempotency-Key", key).body(subscription)
                        .when().post(WEBHOOKS).then().statusCode(201)
                        .header("Idempotent-Replayed", "true")
                        .body("id", equalTo(id)).body("$", not(hasKey("secret")));
                as("advisor.paris", Suite.gateway()).when().get(WEBHOOKS).then().statusCode(200)
                        .body("findAll { it.url == '" + receiver.url() + "' }.size()", equalTo(1));
                // the cloud metadata address is no target, even for a CCI
                as("advisor.paris", Suite.gateway()).body(Map.of("url", "http://169.254.169.254/latest/meta-data",
                        "events", List.of("assessment.submitted"))).when().post(WEBHOOKS).then().statusCode(400)
                        .body("errors.field", hasItem("url"));

                String assessment = sharedWithParisAndSubmitted(Suite.gateway());

                List<WebhookReceiver.Received> events = await().atMost(Duration.ofSeconds(30))
                        .until(() -> about(receiver, assessment), received -> received.size() >= 2);
                for (WebhookReceiver.Received event : events) {
                    JsonNode verified = verifiedByReferenceLibrary(secret, event);
                    assertThat(verified.path("data").path("assessmentId").asText()).isEqualTo(assessment);
                }
                assertThat(events).extracting(event -> JSON.readTree(event.body()).path("type").asText())
                        .containsExactlyInAnyOrder("assessment.shared", "assessment.submitted");
                // an altered body fails the reference check
                WebhookReceiver.Received submitted = events.stream()
                        .filter(event -> event.body().contains("assessment.submitted")).findFirst().orElseThrow();
                WebhookReceiver.Received altered = new WebhookReceiver.Received(submitted.headers(),
                        submitted.body().replace("READY_TO_PILOT", "READY_TO_SCALE"));
                assertThat(referenceCheck(secret, altered).exitCode).isEqualTo(1);
            } finally {
                as("advisor.paris", Suite.gateway()).when().delete(WEBHOOKS + "/" + id).then().statusCode(204);
            }
        }
    }

    @Test
    void anEventInFlightWhenTheServiceIsKilledIsDeliveredAfterItRestarts() throws Exception {
        int port = 18092;
        RequestSpecification service = RestAssured.given().baseUri("http://localhost:" + port);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Process first = startAssessmentService(port);
            Process second = null;
            try {
                String secret = as("advisor.paris", service).body(Map.of("url", receiver.url(), "events",
                        List.of("assessment.submitted"))).when().post(WEBHOOKS).then().statusCode(201)
                        .extract().path("secret");
                receiver.holdNext(1);
                String assessment = sharedWithParisAndSubmitted(service);
                // the first attempt reached the receiver, which has not answered yet: the service dies now
                await().atMost(Duration.ofSeconds(30)).until(() -> about(receiver, assessment).size() == 1);
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

                second = startAssessmentService(port);
                List<WebhookReceiver.Received> attempts = await().atMost(Duration.ofSeconds(60))
                        .until(() -> about(receiver, assessment), received -> received.size() >= 2);
                assertThat(attempts.get(1).header("webhook-id")).isEqualTo(attempts.get(0).header("webhook-id"));
                verifiedByReferenceLibrary(secret, attempts.get(1));
            } finally {
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                if (second != null) {
                    second.destroy();
                    second.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    /**
     * An assessment-service of its own, on its own database, so the suite's dispatcher cannot deliver its events;
     * a short lease, so an attempt cut short is taken again in seconds.
     */
    private static Process startAssessmentService(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        File log = Files.createTempFile("assessment-restart", ".log").toFile();
        Process process = new ProcessBuilder(java, "-Xmx128m", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/assessment_restart_it",
                "-Dboussole.webhooks.allowed-private-networks=127.0.0.0/8",
                // the demo profile bin/suite runs the suite's own assessment-service in (its demo encryption key)
                "-Dquarkus.profile=prod,demo",
                "-Dboussole.webhooks.lease=5s", "-Dboussole.webhooks.poll-interval=500ms",
                "-jar", MODULE.getParent().resolve("assessment-service/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(log).start();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> RestAssured.given().baseUri("http://localhost:" + port).get("/q/health/ready")
                        .statusCode() == 200);
        return process;
    }

    private static String sharedWithParisAndSubmitted(RequestSpecification base) {
        String id = as("sme.paris", base).body("{}").when().post(ASSESSMENTS).then().statusCode(201)
                .extract().path("id");
        String one = ASSESSMENTS + "/" + id;
        as("sme.paris", base).body(Map.of("cci", "cci-paris-idf")).when().put(one + "/sharing").then().statusCode(200);
        as("sme.paris", base).body(Fixtures.shopNearLyon()).when().patch(one + "/answers").then().statusCode(200);
        as("sme.paris", base).when().post(one + "/submit").then().statusCode(200);
        return id;
    }

    private static List<WebhookReceiver.Received> about(WebhookReceiver receiver, String assessment) {
        return receiver.received().stream().filter(received -> received.body().contains(assessment)).toList();
    }

    private static RequestSpecification as(String user, RequestSpecification base) {
        return RestAssured.given().spec(base).auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    private record Check(int exitCode, String output) {
    }

    private static JsonNode verifiedByReferenceLibrary(String secret, WebhookReceiver.Received event)
            throws Exception {
        Check check = referenceCheck(secret, event);
        assertThat(check.exitCode).as("standardwebhooks says: %s", check.output).isZero();
        return JSON.readTree(check.output);
    }

    private static Check referenceCheck(String secret, WebhookReceiver.Received event) throws IOException,
            InterruptedException {
        Path verifier = MODULE.resolve("webhook-verifier");
        Process node = new ProcessBuilder("node", "verify.mjs").directory(verifier.toFile())
                .redirectErrorStream(true).start();
        Map<String, Object> input = Map.of("secret", secret, "body", event.body(), "headers", Map.of(
                "webhook-id", event.header("webhook-id"),
                "webhook-timestamp", event.header("webhook-timestamp"),
                "webhook-signature", event.header("webhook-signature")));
        node.getOutputStream().write(JSON.writeValueAsBytes(input));
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Check(node.exitValue(), output);
    }
}
