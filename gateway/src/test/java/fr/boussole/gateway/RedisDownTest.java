package fr.boussole.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the rate-limit counters unreachable, requests still go through, at once: the limit fails open. */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
@TestProfile(RedisDownTest.NoRedis.class)
class RedisDownTest {

    public static class NoRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1",
                    "boussole.gateway.rate-limits.public-read", "1");
        }
    }

    @Test
    void requestsGoThroughWithoutCounting() {
        for (int read = 0; read < 3; read++) {
            given().when().get("/api/v1/catalogue/sectors")
                    .then().statusCode(200)
                    .time(lessThan(1500L))
                    .header("X-Upstream", "echo")
                    .header("RateLimit-Limit", nullValue());
        }
    }
}
