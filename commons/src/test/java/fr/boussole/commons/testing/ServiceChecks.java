package fr.boussole.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** What every service of the suite must show: health, metrics and behaviour without its database. */
public final class ServiceChecks {

    private static final String DATABASE_CHECK = "Database connections health check";

    private ServiceChecks() {
    }

    public static void assertLiveAndReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(DATABASE_CHECK));
    }

    /** After one call to {@code path}, Prometheus metrics count it by its route. */
    public static void assertRequestsAreCounted(String path) {
        given().when().get(path).then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"" + path + "\""));
    }

    /** With the database unreachable: alive, not ready, and reads answer 503 with Retry-After. */
    public static void assertDatabaseOutageIsReported(String readPath) {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("DOWN"));
        given().when().get(readPath).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://boussole-ia.fr/problems/service-unavailable"));
    }
}
