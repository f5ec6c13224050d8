package fr.boussole.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Rate limits counted in the real Redis: 5 public reads per IP and 3 writes per client in a minute here, with a key
 * prefix of this run's own. Across two gateway processes, see the end-to-end RateLimitAcrossReplicasIT.
 */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("boussole.gateway.rate-limits.public-read", "5",
                    "boussole.gateway.rate-limits.authenticated", "5",
                    "boussole.gateway.rate-limits.write", "3",
                    "boussole.gateway.rate-limits.key-prefix", "boussole-test:" + UUID.randomUUID());
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void publicReadsAreCountedPerAddressAndRefusedOverTheLimit() {
        for (int read = 1; read <= 5; read++) {
            given().when().get("/api/v1/catalogue/sectors")
                    .then().statusCode(200)
                    .header("X-Upstream", "echo")
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", Integer.toString(5 - read))
                    .header("RateLimit-Policy", "5;w=60");
        }
        given().when().get("/api/v1/catalogue/sectors")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("X-Upstream", nullValue())
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit-Remaining", "0")
                .body("type", equalTo("https://boussole-ia.fr/problems/too-many-requests"))
                .body("detail", containsString("reads without a token"));
        // a signed-in client is counted on its own, whatever its address
        given().auth().oauth2(KeycloakTokens.of("sme.lyon")).when().get("/api/v1/catalogue/sectors")
                .then().statusCode(200).header("RateLimit-Remaining", "4");
    }

    @Test
    void writesHaveTheirOwnSmallerLimit() {
        String token = KeycloakTokens.of("curator.bruno");
        for (int write = 1; write <= 3; write++) {
            given().auth().oauth2(token).contentType("application/json").body("{}")
                    .when().post("/api/v1/catalogue/things").then().statusCode(200);
        }
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post("/api/v1/catalogue/things")
                .then().statusCode(429).body("detail", containsString("writes"));
        given().auth().oauth2(token).when().get("/api/v1/catalogue/things").then().statusCode(200);
    }
}
