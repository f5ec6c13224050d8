package fr.boussole.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A stopped upstream answers 503 at once, a silent one 504 after the response timeout (2 s in tests), repeated
 * failures open the route's circuit (3 in a row, 2 s in tests) until a trial call succeeds; readiness shows each
 * upstream; callers that hang up are not the upstream's failures. Calls carry a W3C traceparent and a Forwarded
 * header.
 */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
class ResilienceTest {

    private static final String FLAKY = "/api/v1/flaky/items";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aStoppedUpstreamOpensItsCircuitAndIsCalledAgainOnceBack() throws Exception {
        EchoUpstream.stopFlaky();
        for (int call = 0; call < 3; call++) {
            given().when().get(FLAKY)
                    .then().statusCode(503)
                    .time(lessThan(1000L))
                    .contentType("application/problem+json")
                    .body("detail", containsString("unavailable"));
        }
        given().when().get(FLAKY)
                .then().statusCode(503)
                .time(lessThan(200L))
                .body("detail", containsString("paused"))
                .header("Retry-After", matchesPattern("[12]"));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.flaky", equalTo("DOWN, circuit OPEN"))
                .body("checks.find { it.name == 'upstreams' }.data.catalogue", startsWith("UP"));

        EchoUpstream.startFlaky();
        try {
            Thread.sleep(2_100);
            given().when().get(FLAKY).then().statusCode(200).header("X-Upstream", "echo");
            given().when().get(FLAKY).then().statusCode(200);
            given().when().get("/q/health/ready")
                    .then().body("checks.find { it.name == 'upstreams' }.data.flaky", equalTo("UP, circuit CLOSED"));
        } finally {
            EchoUpstream.stopFlaky();
        }
    }

    @Test
    void callersHangingUpDoNotOpenTheCircuitOfAHealthyUpstream() throws Exception {
        EchoUpstream.startFlaky();
        try {
            for (int call = 0; call < 5; call++) {
                try (Socket socket = new Socket("localhost", RestAssured.port)) {
                    socket.getOutputStream().write(("GET /api/v1/flaky/slow HTTP/1.1\r\nHost: localhost\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    Thread.sleep(200);
                }
            }
            Thread.sleep(300);
            given().when().get(FLAKY).then().statusCode(200).header("X-Upstream", "echo");
            given().when().get("/q/health/ready")
                    .then().body("checks.find { it.name == 'upstreams' }.data.flaky", equalTo("UP, circuit CLOSED"));
        } finally {
            EchoUpstream.stopFlaky();
        }
    }

    @Test
    void aSilentUpstreamIsA504AfterTheResponseTimeout() {
        long started = System.nanoTime();
        given().when().get("/api/v1/catalogue/reports/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://boussole-ia.fr/problems/gateway-timeout"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).isBetween(1_900L, 6_000L);
        given().when().get("/api/v1/catalogue/sectors").then().statusCode(200);
    }

    @Test
    void callsCarryATraceAndWhoForwardedThem() {
        String given = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("traceparent", given).when().get("/api/v1/catalogue/sectors")
                .then().statusCode(200).body("headers.traceparent", equalTo(given));
        given().header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .when().get("/api/v1/catalogue/sectors")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"))
                .body("headers.traceparent", org.hamcrest.Matchers.not(startsWith("00-0000000000")));
        given().header("Forwarded", "for=192.0.2.60;proto=https").when().get("/api/v1/catalogue/sectors")
                .then().statusCode(200)
                .body("headers.forwarded", startsWith("for=192.0.2.60;proto=https, for="))
                .body("headers.forwarded", containsString("proto=http;host=\"localhost:"));
    }
}
