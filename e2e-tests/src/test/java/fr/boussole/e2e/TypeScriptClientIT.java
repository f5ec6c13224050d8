package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;

/**
 * Runs the journeys written with the generated TypeScript client (clients/typescript/test: typescript-fetch classes
 * and openapi-fetch with the contract's types), which the clients module compiled against the packed tarball as a
 * consumer installs it, with Node's test runner against the running suite.
 */
class TypeScriptClientIT {

    @Test
    void theTypeScriptJourneysPass() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path consumer = root.resolve("clients/target/consumer");
        assertThat(consumer.resolve("test-js")).as("built by the clients module (./mvnw install)").isDirectory();
        Path output = Files.createTempFile("typescript-journeys", ".tap");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=tap", "test-js/")
                .directory(consumer.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        node.environment().put("BOUSSOLE_GATEWAY_URL", Suite.GATEWAY);
        node.environment().put("BOUSSOLE_KEYCLOAK_URL", KeycloakTokens.keycloakUrl());
        node.environment().put("BOUSSOLE_FIXTURES", root.resolve("commons/src/test/resources/fixtures").toString());
        Process process = node.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the TypeScript journeys end").isTrue();
        String report = Files.readString(output);
        assertThat(process.exitValue()).as(report).isZero();
        assertThat(report).contains("# fail 0").doesNotContain("# pass 0");
    }
}
