package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A gateway process that reaches Keycloak through a relay this test can cut: once the relay is down, Keycloak is
 * gone for that gateway, which keeps validating tokens with the keys it has, and keeps refusing forged ones.
 */
class KeycloakOutageIT {

    private static final int GATEWAY_PORT = 18094;
    private static final String PUBLIC = "/api/v1/catalogue/sectors";
    private static Relay relay;
    private static Process gateway;

    @BeforeAll
    static void startRelayAndGateway() throws Exception {
        relay = new Relay(KeycloakTokens.keycloakUrl());
        Path root = Path.of("").toAbsolutePath().getParent();
        String java = ProcessHandle.current().info().command().orElse("java");
        gateway = new ProcessBuilder(java, "-Xmx96m", "-Dquarkus.http.port=" + GATEWAY_PORT,
                "-Dboussole.gateway.rate-limits.enabled=false",
                "-Dquarkus.oidc.auth-server-url=http://localhost:" + relay.port() + "/realms/boussole",
                "-Dquarkus.oidc.token.issuer=" + KeycloakTokens.keycloakUrl() + "/realms/boussole",
                "-jar", root.resolve("gateway/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(Files.createTempFile("gateway-outage", ".log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> gateway().get("/q/health/live").statusCode() == 200);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (gateway != null) {
            gateway.destroy();
            gateway.waitFor();
        }
        if (relay != null) {
            relay.close();
        }
    }

    private static RequestSpecification gateway() {
        return RestAssured.given().baseUri("http://localhost:" + GATEWAY_PORT);
    }

    @Test
    void tokensAreStillCheckedWhileKeycloakIsAway() throws Exception {
        String sme = KeycloakTokens.of("sme.paris");
        gateway().auth().oauth2(sme).get(PUBLIC).then().statusCode(200);
        String advisor = KeycloakTokens.of("advisor.lyon");

        relay.close();
        assertThat(relay.isClosed()).isTrue();
        gateway().auth().oauth2(sme).get(PUBLIC).then().statusCode(200);
        gateway().auth().oauth2(advisor).get("/api/v1/assessments/questionnaires").then().statusCode(200);
        String[] parts = advisor.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"advisor\"", "\"admin\"");
        gateway().auth().oauth2(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2])
                .get(PUBLIC).then().statusCode(401).contentType("application/problem+json");
    }

    /** Relays TCP connections from a local port to Keycloak, until closed: then it refuses and cuts them. */
    private static final class Relay implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        Relay(String keycloakUrl) throws IOException {
            java.net.URI target = java.net.URI.create(keycloakUrl);
            server = new ServerSocket(0);
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket keycloak = new Socket(target.getHost(), target.getPort());
                        open.add(client);
                        open.add(keycloak);
                        pipe(client, keycloak);
                        pipe(keycloak, client);
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "keycloak-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        boolean isClosed() {
            return server.isClosed();
        }

        private static void pipe(Socket from, Socket to) {
            Thread copier = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException cut) {
                    // the relay was closed, or one side hung up
                }
            }, "keycloak-relay-pipe");
            copier.setDaemon(true);
            copier.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
        }
    }
}
