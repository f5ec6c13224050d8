package fr.boussole.gateway;

import java.net.ServerSocket;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in upstream service on a random port that answers every request with what it received: method, path,
 * query, headers, body size and SHA-256, and its X-Request-Id back as the services do (a path ending in
 * {@code /slow} only after 10 s; one ending in {@code /frame} with the Content-Security-Policy of an embeddable frame,
 * as the catalogue's embed frame; one ending in {@code /localized} in French, varying with Accept-Language; one
 * ending in {@code /created} a 201 whose Location and Link are absolute URLs made from the Host it was sent, as a
 * service makes them; one ending in {@code /unchanged} a bodiless 304). The catalogue route points to it; the
 * directory route to a closed port; the
 * {@code flaky} route ({@code /api/v1/flaky}) to a port where {@link #startFlaky()} and {@link #stopFlaky()} start
 * and stop another echo.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    static final String EMBED_FRAME_POLICY = "default-src 'none'; frame-ancestors https://partner.example";

    private static Vertx vertx;
    private static HttpServer flaky;
    private static int flakyPort;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        // as the services (Quarkus defaults to 20K of headers): room for any request the gateway lets through
        server = vertx.createHttpServer(new HttpServerOptions().setMaxInitialLineLength(8192)
                .setMaxHeaderSize(20 * 1024))
                .requestHandler(EchoUpstream::echo);
        try {
            server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            flakyPort = closedPort();
            return Map.of(
                    "boussole.gateway.routes.catalogue.upstream", "http://localhost:" + server.actualPort(),
                    "boussole.gateway.routes.directory.upstream", "http://localhost:" + closedPort(),
                    "boussole.gateway.routes.flaky.prefix", "/api/v1/flaky",
                    "boussole.gateway.routes.flaky.upstream", "http://localhost:" + flakyPort);
        } catch (Exception e) {
            throw new IllegalStateException("The echo upstream could not start", e);
        }
    }

    /** Starts the flaky route's upstream, an echo like the other. */
    public static void startFlaky() throws Exception {
        flaky = vertx.createHttpServer().requestHandler(EchoUpstream::echo);
        flaky.listen(flakyPort).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public static void stopFlaky() throws Exception {
        if (flaky != null) {
            flaky.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            flaky = null;
        }
    }

    private static void echo(HttpServerRequest request) {
        MessageDigest digest = sha256();
        long[] size = { 0 };
        request.handler(chunk -> {
            digest.update(chunk.getBytes());
            size[0] += chunk.length();
        });
        request.endHandler(ignored -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("bodySize", size[0])
                    .put("bodySha256", HexFormat.of().formatHex(digest.digest()));
            Runnable answer = () -> {
                if (request.path().endsWith("/frame")) {
                    request.response().putHeader("Content-Security-Policy", EMBED_FRAME_POLICY);
                }
                if (request.path().endsWith("/localized")) {
                    request.response().putHeader("Content-Language", "fr").putHeader("Vary", "Accept-Language");
                }
                String requestId = request.getHeader("X-Request-Id");
                if (requestId != null) {
                    request.response().putHeader("X-Request-Id", requestId);
                }
                if (request.path().endsWith("/unchanged")) {
                    request.response().setStatusCode(304).putHeader("ETag", "\"7\"").end();
                    return;
                }
                if (request.path().endsWith("/created")) {
                    String origin = "http://" + request.getHeader("Host");
                    request.response().setStatusCode(201)
                            .putHeader("Location", origin + request.path() + "/42")
                            .putHeader("Link", "<" + origin + request.path() + "?page=1>; rel=\"next\", <"
                                    + origin + request.path() + "?page=0>; rel=\"first\"")
                            .putHeader("Content-Type", "application/json").end(echo.encode());
                    return;
                }
                request.response()
                        .setStatusCode(request.path().endsWith("/teapot") ? 418 : 200)
                        .putHeader("Content-Type", "application/json")
                        .putHeader("X-Upstream", "echo")
                        .end(echo.encode());
            };
            if (request.path().endsWith("/slow")) {
                vertx.setTimer(10_000, timer -> answer.run());
            } else {
                answer.run();
            }
        });
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
            vertx = null;
        }
    }

    private static int closedPort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
