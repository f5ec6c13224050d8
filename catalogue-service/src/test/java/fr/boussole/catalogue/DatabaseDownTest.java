package fr.boussole.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With its database unreachable the service stays alive but is not ready, and says so. */
@QuarkusTest
@TestProfile(DatabaseDownTest.UnreachableDatabase.class)
class DatabaseDownTest {

    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/catalogue_test?connectTimeout=1",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "boussole.seed.enabled", "false");
        }
    }

    @Test
    void liveButNotReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
    }

    @Test
    void readsAnswer503WithRetryAfter() {
        given().when().get("/api/v1/catalogue/sectors").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://boussole-ia.fr/problems/service-unavailable"));
    }
}
