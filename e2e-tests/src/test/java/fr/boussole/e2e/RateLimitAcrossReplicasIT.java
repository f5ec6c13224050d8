package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Two more gateway processes in front of the running suite, sharing the rate-limit counters in Redis: 6 public reads
 * a minute per address in all, wherever they land.
 */
class RateLimitAcrossReplicasIT {

    private static final int[] PORTS = { 18091, 18092 };
    private static final List<Process> REPLICAS = new ArrayList<>();

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path jar = root.resolve("gateway/target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        String prefix = "boussole-e2e:" + UUID.randomUUID();
        for (int port : PORTS) {
            File log = Files.createTempFile("gateway-" + port, ".log").toFile();
            REPLICAS.add(new ProcessBuilder(java, "-Xmx96m", "-Dquarkus.http.port=" + port,
                    "-Dboussole.gateway.rate-limits.public-read=6", "-Dboussole.gateway.rate-limits.key-prefix=" + prefix,
                    "-Dquarkus.log.console.json.enabled=false", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log).start());
        }
        for (int port : PORTS) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> RestAssured.given().baseUri("http://localhost:" + port).get("/q/health/live")
                            .statusCode() == 200);
        }
    }

    @AfterAll
    static void stopThem() throws Exception {
        for (Process replica : REPLICAS) {
            replica.destroy();
            replica.waitFor();
        }
    }

    private static Response read(int port) {
        return RestAssured.given().baseUri("http://localhost:" + port).get("/api/v1/catalogue/sectors");
    }

    @Test
    void theLimitIsSharedByTheReplicas() {
        List<String> remaining = new ArrayList<>();
        for (int read = 0; read < 6; read++) {
            Response answer = read(PORTS[read % 2]);
            assertThat(answer.statusCode()).isEqualTo(200);
            remaining.add(answer.header("RateLimit-Remaining"));
        }
        assertThat(remaining).containsExactly("5", "4", "3", "2", "1", "0");
        for (int port : PORTS) {
            Response refused = read(port);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).matches("\\d+");
        }
    }
}
