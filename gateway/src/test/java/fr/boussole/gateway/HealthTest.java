package fr.boussole.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
class HealthTest {

    @Test
    void liveAndReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void requestMetricsAreGroupedByRouteNotByRawPath() {
        for (int call = 0; call < 3; call++) {
            given().when().get("/api/v1/catalogue/use-cases/" + UUID.randomUUID()).then().statusCode(200);
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/api/v1/catalogue/*\"")
                .doesNotContainPattern("uri=\"/api/v1/catalogue/use-cases/[0-9a-f-]{36}\"");
    }
}
