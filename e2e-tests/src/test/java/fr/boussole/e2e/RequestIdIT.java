package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.testing.OpenApiContract;

/** A request id given to (or made by) the gateway comes back to the caller and is in the service's JSON logs. */
class RequestIdIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean serviceLogged(String service, String requestId) {
        Path log = OpenApiContract.repositoryRoot().resolve(".suite/logs").resolve(service + ".log");
        try {
            return Files.readAllLines(log).stream()
                    .filter(line -> line.startsWith("{"))
                    .map(RequestIdIT::parse)
                    .anyMatch(entry -> requestId.equals(entry.path("mdc").path("requestId").asText()));
        } catch (IOException e) {
            return false;
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("A log line is not JSON: " + line, e);
        }
    }

    @Test
    void theCallersIdTravelsToTheServiceAndBack() {
        String requestId = "e2e-" + UUID.randomUUID();
        String answered = Suite.gateway().header("X-Request-Id", requestId)
                .when().get("/api/v1/catalogue/sectors/does-not-exist")
                .then().statusCode(404)
                .extract().header("X-Request-Id");
        assertThat(answered).isEqualTo(requestId);
        await().atMost(Duration.ofSeconds(5)).until(() -> serviceLogged("catalogue-service", requestId));
    }

    @Test
    void theGatewayMakesAnIdWhenTheCallerSendsNone() {
        String answered = Suite.gateway().when().get("/api/v1/directory/partner-kinds")
                .then().statusCode(200)
                .extract().header("X-Request-Id");
        assertThat(answered).matches("[0-9a-f-]{36}");
    }
}
