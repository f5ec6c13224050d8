package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * 50 MB bodies through a gateway process whose heap is 64 MB: two uploads and one download at once, 150 MB in flight,
 * each arriving whole and unchanged. A gateway that held bodies in memory would run out of heap (it is started with
 * -XX:+ExitOnOutOfMemoryError). The upstream is a stand-in in this test's JVM that digests what it receives and
 * streams what it sends.
 */
class LargeBodyStreamingIT {

    private static final long SIZE = 50L * 1024 * 1024;
    private static final int GATEWAY_PORT = 18093;
    private static HttpServer upstream;
    private static Process gateway;
    private static Path gatewayLog;

    @BeforeAll
    static void startUpstreamAndGateway() throws Exception {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.setExecutor(Executors.newFixedThreadPool(4));
        upstream.createContext("/api/v1/catalogue/uploads", exchange -> {
            String digest;
            long size;
            try (InputStream body = exchange.getRequestBody()) {
                MessageDigest sha = sha256();
                byte[] buffer = new byte[64 * 1024];
                size = 0;
                for (int read; (read = body.read(buffer)) > 0; size += read) {
                    sha.update(buffer, 0, read);
                }
                digest = HexFormat.of().formatHex(sha.digest());
            }
            byte[] answer = (size + " " + digest).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        upstream.createContext("/api/v1/catalogue/exports", exchange -> {
            exchange.sendResponseHeaders(200, SIZE);
            try (OutputStream out = exchange.getResponseBody(); InputStream data = new Pattern(SIZE)) {
                data.transferTo(out);
            }
        });
        upstream.start();

        Path root = Path.of("").toAbsolutePath().getParent();
        String java = ProcessHandle.current().info().command().orElse("java");
        gatewayLog = Files.createTempFile("gateway-streaming", ".log");
        gateway = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Dquarkus.http.port=" + GATEWAY_PORT, "-Dboussole.gateway.rate-limits.enabled=false",
                "-Dboussole.gateway.routes.catalogue.upstream=http://127.0.0.1:" + upstream.getAddress().getPort(),
                "-jar", root.resolve("gateway/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(gatewayLog.toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + GATEWAY_PORT
                        + "/q/health/live")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (gateway != null) {
            gateway.destroy();
            gateway.waitFor();
        }
        if (upstream != null) {
            upstream.stop(0);
        }
    }

    @Test
    void fiftyMegabyteBodiesStreamBothWaysThroughASmallHeap() throws Exception {
        String expected = HexFormat.of().formatHex(digest(new Pattern(SIZE)));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uploads = URI.create("http://localhost:" + GATEWAY_PORT + "/api/v1/catalogue/uploads");
        List<CompletableFuture<HttpResponse<String>>> sent = List.of(1, 2).stream()
                .map(upload -> client.sendAsync(HttpRequest.newBuilder(uploads)
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> new Pattern(SIZE)), SIZE))
                        .build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        CompletableFuture<HttpResponse<InputStream>> download = client.sendAsync(HttpRequest.newBuilder(
                URI.create("http://localhost:" + GATEWAY_PORT + "/api/v1/catalogue/exports")).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        for (CompletableFuture<HttpResponse<String>> upload : sent) {
            HttpResponse<String> answer = upload.get();
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(SIZE + " " + expected);
        }
        HttpResponse<InputStream> exported = download.get();
        assertThat(exported.statusCode()).isEqualTo(200);
        try (InputStream body = exported.body()) {
            assertThat(HexFormat.of().formatHex(digest(body))).isEqualTo(expected);
        }
        assertThat(gateway.isAlive()).as("the gateway survived; its log: " + gatewayLog).isTrue();
    }

    private static byte[] digest(InputStream data) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = data.read(buffer)) > 0;) {
            sha.update(buffer, 0, read);
        }
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code size} bytes of a repeating, not too regular pattern, generated as read. */
    private static final class Pattern extends InputStream {
        private final long size;
        private long position;

        Pattern(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) ((position * 31 + (position++ >> 13)) & 0xff) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) ((position * 31 + (position >> 13)) & 0xff);
                position++;
            }
            return count;
        }
    }
}
