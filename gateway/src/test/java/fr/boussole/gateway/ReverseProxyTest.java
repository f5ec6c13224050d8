package fr.boussole.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.commons.testing.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The first-cut gateway forwards requests unchanged, streams bodies, and fails over to problems. */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
class ReverseProxyTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void forwardsMethodPathQueryAndHeadersUnchanged() {
        String token = KeycloakTokens.of("curator.alice");
        given().header("Authorization", "Bearer " + token).header("Accept-Language", "en").queryParam("q", "été")
                .when().delete("/api/v1/catalogue/sectors/sante")
                .then().statusCode(200)
                .header("X-Upstream", "echo")
                .body("method", equalTo("DELETE"))
                .body("path", equalTo("/api/v1/catalogue/sectors/sante"))
                .body("query", equalTo("q=%C3%A9t%C3%A9"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.accept-language", equalTo("en"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-for", notNullValue());
    }

    @Test
    void theRoutePrefixItselfIsForwarded() {
        given().when().get("/api/v1/catalogue").then().statusCode(200).body("path", equalTo("/api/v1/catalogue"));
    }

    @Test
    void upstreamStatusesPassThrough() {
        given().when().get("/api/v1/catalogue/teapot").then().statusCode(418);
    }

    @Test
    void linksTheServiceMadeFromItsOwnAddressNameTheGateway() {
        String gateway = "http://localhost:" + RestAssured.port;
        given().when().post("/api/v1/catalogue/things/created").then().statusCode(201)
                .header("Location", gateway + "/api/v1/catalogue/things/created/42")
                .header("Link", "<" + gateway + "/api/v1/catalogue/things/created?page=1>; rel=\"next\", <"
                        + gateway + "/api/v1/catalogue/things/created?page=0>; rel=\"first\"");
    }

    @Test
    void aNotModifiedAnswerComesWithoutBodyOrFraming() throws Exception {
        RawHttp.Answer answer = RawHttp.get(RestAssured.port, "/api/v1/catalogue/things/unchanged", Map.of());
        assertThat(answer.status()).isEqualTo(304);
        assertThat(answer.headers()).containsEntry("etag", "\"7\"").doesNotContainKey("transfer-encoding");
        // Vert.x's server writes "Content-Length: 0" on every bodiless answer; clients read no body after a 304
        assertThat(answer.headers().getOrDefault("content-length", "0")).isEqualTo("0");
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void setsARequestIdWhenAbsentAndForwardsIt() {
        Response response = given().when().get("/api/v1/catalogue/sectors");
        String id = response.header("X-Request-Id");
        assertThat(id).isNotBlank();
        assertThat(response.<String>path("headers.x-request-id")).isEqualTo(id);
        // the upstream answers with the id it was given, as the services do: the caller still gets it once
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly(id);

        given().header("X-Request-Id", "frontend-1234-abcd")
                .when().get("/api/v1/catalogue/sectors")
                .then().header("X-Request-Id", "frontend-1234-abcd")
                .body("headers.x-request-id", equalTo("frontend-1234-abcd"));
    }

    @Test
    void hopByHopHeadersStayAtTheGateway() {
        given().header("Proxy-Authorization", "Basic c2VjcmV0").header("TE", "trailers").header("Keep-Alive", "timeout=5")
                .when().get("/api/v1/catalogue/sectors")
                .then().statusCode(200)
                .body("headers.proxy-authorization", nullValue())
                .body("headers.te", nullValue())
                .body("headers.keep-alive", nullValue());
    }

    @Test
    void streamsALargeBodyIntact() throws Exception {
        byte[] body = new byte[8 * 1024 * 1024];
        new Random(42).nextBytes(body);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        given().contentType("application/octet-stream").body(body)
                .when().post("/api/v1/catalogue/uploads")
                .then().statusCode(200)
                .body("bodySize", equalTo(body.length))
                .body("bodySha256", equalTo(expected));
    }

    @Test
    void anUnreachableServiceIsA503ProblemWithinASecond() {
        given().when().get("/api/v1/directory/partner-kinds")
                .then().statusCode(503)
                .time(lessThan(1500L))
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"))
                .body("type", equalTo("https://boussole-ia.fr/problems/service-unavailable"))
                .body("instance", equalTo("/api/v1/directory/partner-kinds"))
                .body("requestId", notNullValue());
    }

    @Test
    void pathsOutsideTheRoutesAreA404Problem() {
        given().when().get("/api/v2/catalogue/sectors")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/catalogueX")
                .then().statusCode(404);
    }

    @Test
    void bodiesOverTheGatewayLimitAre413Problems() throws Exception {
        // announced over the 64 MB limit: refused before a byte of the body is read, so none is sent
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /api/v1/catalogue/uploads HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: " + (65L * 1024 * 1024)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(512), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .doesNotContain("X-Upstream");
        }
    }
}
