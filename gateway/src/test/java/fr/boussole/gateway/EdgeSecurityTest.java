package fr.boussole.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.commons.testing.PathForms;
import fr.boussole.commons.testing.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * What the gateway refuses before a service sees it (the echo upstream answers with {@code X-Upstream: echo}
 * whatever reaches it), and the headers it puts on every answer. Tokens come from the suite's Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
class EdgeSecurityTest {

    private static final String PUBLIC = "/api/v1/catalogue/sectors";
    private static final String CURATION = "/api/v1/catalogue/curation/use-cases";
    private static final String TRUSTED = "http://localhost:3000";
    private static final String STRANGER = "https://elsewhere.example";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ValidatableResponse refusedAtTheEdge(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Upstream", nullValue())
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (ValidatableResponse answer : new ValidatableResponse[] {
                given().when().get(PUBLIC).then().statusCode(200).header("X-Upstream", "echo"),
                given().when().get("/nowhere").then().statusCode(404),
                given().when().get("/api/v1/directory/partners").then().statusCode(503) }) {
            answer.header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("Strict-Transport-Security", containsString("max-age="));
        }
    }

    @Test
    void aFrameThatNamesWhoMayEmbedItKeepsItsPolicyAndIsNotDeniedFraming() {
        given().when().get("/api/v1/catalogue/embed/pk_x/frame").then().statusCode(200)
                .header("X-Upstream", "echo")
                .header("Content-Security-Policy", EchoUpstream.EMBED_FRAME_POLICY)
                .header("X-Frame-Options", nullValue())
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theWidgetIsServedWithItsCacheRules() {
        String loader = given().when().get("/embed/v1/boussole-catalogue.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=3600")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .extract().asString();
        assertThat(loader).contains("/api/v1/catalogue/embed/")
                .contains("boussole:height");
        String version = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.application.version", String.class);
        for (String file : new String[] { "frame.js", "frame.css" }) {
            given().when().get("/embed/" + version + "/" + file).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable");
        }
        given().when().get("/embed/" + version + "/nothing.js").then().statusCode(404)
                .header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void aBadTokenIsRefusedBeforeReachingAService() {
        String genuine = KeycloakTokens.of("sme.paris");
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sme\"", "\"admin\"");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        for (String token : new String[] { altered, KeycloakTokens.fromOtherIssuer(),
                KeycloakTokens.withoutApiAudience("sme.paris"), "not-even-a-jwt" }) {
            refusedAtTheEdge(given().auth().oauth2(token).when().get(PUBLIC).then(), 401)
                    .header("WWW-Authenticate", "Bearer realm=\"boussole\", error=\"invalid_token\"")
                    .body("type", equalTo("https://boussole-ia.fr/problems/unauthorized"));
        }
        given().auth().oauth2(genuine).when().get(PUBLIC).then().statusCode(200)
                .header("X-Upstream", "echo").body("headers.authorization", equalTo("Bearer " + genuine));
    }

    @Test
    void coarseRoleRulesApplyAtTheEdge() {
        refusedAtTheEdge(given().when().get(CURATION).then(), 401)
                .header("WWW-Authenticate", "Bearer realm=\"boussole\"");
        refusedAtTheEdge(given().auth().oauth2(KeycloakTokens.of("sme.paris")).when().get(CURATION).then(), 403);
        refusedAtTheEdge(given().auth().oauth2(KeycloakTokens.of("advisor.lyon"))
                .contentType("text/csv").body("a,b\n").when().post("/api/v1/directory/aids/import").then(), 403);
        given().auth().oauth2(KeycloakTokens.of("curator.alice")).when().get(CURATION)
                .then().statusCode(200).header("X-Upstream", "echo");
        // the assessments' list is for signed-in users; a single assessment may be read with a resume token
        refusedAtTheEdge(given().when().get("/api/v1/assessments").then(), 401);
    }

    /**
     * Every role rule, under every path form that could make the rule read another path than the service: refused
     * with a 400 problem at the edge, never forwarded; a canonical form that merely encodes a letter is the same path
     * to the rule (401 without a token) as to the service.
     */
    @Test
    void noRoleRuleIsBypassedByAnotherFormOfItsPath() throws IOException {
        Config config = ConfigProvider.getConfig();
        int port = RestAssured.port;
        String token = KeycloakTokens.of("sme.paris");
        List<String> rules = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith("boussole.gateway.role-rules.") && name.endsWith(".paths")).toList();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(5);
        for (String rule : rules) {
            String method = config.getOptionalValue(rule.replace(".paths", ".methods"), String.class).orElse("GET")
                    .split(",")[0];
            for (String pattern : config.getValue(rule, String[].class)) {
                boolean prefix = pattern.endsWith("/*");
                String fixed = prefix ? pattern.substring(0, pattern.length() - 2) : pattern;
                String rest = prefix ? "/anything" : "";
                for (var form : PathForms.of(fixed, rest).entrySet()) {
                    for (Map<String, String> headers : List.of(Map.<String, String> of(),
                            Map.of("Authorization", "Bearer " + token))) {
                        RawHttp.Answer answer = RawHttp.send(port, method, form.getValue(), headers);
                        assertThat(answer.status()).as("%s %s (%s, %s)", method, form.getValue(), form.getKey(),
                                headers.keySet()).isEqualTo(400);
                        if (!PathForms.REFUSED_BY_THE_DECODER.contains(form.getKey())) {
                            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                        }
                        assertThat(answer.header("X-Upstream")).as("forwarded").isNull();
                    }
                }
                RawHttp.Answer encodedLetter = RawHttp.send(port, method, PathForms.withAnEncodedLetter(fixed) + rest,
                        Map.of());
                assertThat(encodedLetter.status()).as("%s %s", method, PathForms.withAnEncodedLetter(fixed) + rest)
                        .isEqualTo(401);
                assertThat(encodedLetter.header("X-Upstream")).isNull();
            }
        }
    }

    /** CORS headers depend on the Origin sent: every answer says so, beside what the service's answer varies on. */
    @Test
    void anOverlongTargetOrOversizedHeadersAreProblemsNotEmptyAnswers() {
        String atTheLimit = PUBLIC + "?q=" + "a".repeat(4096 - PUBLIC.length() - 3);
        given().when().get(atTheLimit).then().statusCode(200).header("X-Upstream", "echo");
        refusedAtTheEdge(given().when().get(atTheLimit + "a").then(), 414)
                .body("type", endsWith("/uri-too-long"))
                .body("detail", equalTo("The request target has 4097 characters; the limit is 4096"));
        // far over the limit too: the decoder's own, far higher, is not what answers
        refusedAtTheEdge(given().when().get(PUBLIC + "?q=" + "a".repeat(30_000)).then(), 414);

        refusedAtTheEdge(given().header("X-Padding", "a".repeat(17_000)).when().get(PUBLIC).then(), 431)
                .body("type", endsWith("/headers-too-large"));
        given().header("X-Padding", "a".repeat(8_000)).when().get(PUBLIC).then().statusCode(200);
    }

    @Test
    void everyAnswerVariesWithTheOriginBesideWhatTheServiceNames() {
        for (String origin : new String[] { null, TRUSTED, STRANGER }) {
            var request = origin == null ? given() : given().header("Origin", origin);
            request.when().get("/api/v1/catalogue/sectors/localized").then().statusCode(200)
                    .header("X-Upstream", "echo")
                    .header("Vary", equalTo("Accept-Language, Origin"));
        }
        given().when().get(PUBLIC).then().statusCode(200).header("Vary", equalTo("Origin"));
        given().when().get("/nowhere").then().statusCode(404).header("Vary", equalTo("Origin"));
    }

    @Test
    void anyOriginReadsPublicContentWithoutCredentials() {
        given().header("Origin", STRANGER).when().get(PUBLIC)
                .then().statusCode(200)
                .header("X-Upstream", "echo")
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", STRANGER).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language, if-none-match")
                .when().options(PUBLIC)
                .then().statusCode(204)
                .header("X-Upstream", nullValue())
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Max-Age", "600");
    }

    @Test
    void credentialsAndWritesAreForAllowedOriginsOnly() {
        refusedAtTheEdge(given().header("Origin", STRANGER).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").when().options(PUBLIC).then(), 403);
        refusedAtTheEdge(given().header("Origin", STRANGER).header("Access-Control-Request-Method", "PATCH")
                .when().options("/api/v1/assessments/x/answers").then(), 403);
        refusedAtTheEdge(given().header("Origin", STRANGER).contentType("text/plain").body("{}")
                .when().post("/api/v1/catalogue/anything").then(), 403);
        refusedAtTheEdge(given().header("Origin", STRANGER).header("X-Resume-Token", "secret")
                .when().get("/api/v1/catalogue/anything").then(), 403);

        given().header("Origin", TRUSTED).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .when().options("/api/v1/assessments/x/answers")
                .then().statusCode(204)
                .header("X-Upstream", nullValue())
                .header("Access-Control-Allow-Origin", TRUSTED)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("X-Resume-Token"))
                .header("Vary", containsString("Origin"));
        given().header("Origin", TRUSTED).auth().oauth2(KeycloakTokens.of("sme.paris")).contentType("text/plain")
                .body("{}").when().post("/api/v1/catalogue/anything")
                .then().statusCode(200)
                .header("X-Upstream", "echo")
                .header("Access-Control-Allow-Origin", TRUSTED)
                .header("Access-Control-Allow-Credentials", "true");
    }
}
