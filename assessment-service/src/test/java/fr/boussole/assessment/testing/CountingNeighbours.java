package fr.boussole.assessment.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * The catalogue and the directory as recommendations see them, on one port: every call is counted ("METHOD path")
 * and answered with an empty page, as the real services answer when nothing matches.
 */
public class CountingNeighbours implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final String EMPTY_PAGE = "{\"items\":[],\"page\":0,\"size\":20,\"total\":0,\"totalPages\":0}";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            CALLS.computeIfAbsent(request.method() + " " + request.path(), call -> new AtomicInteger())
                    .incrementAndGet();
            request.response().putHeader("Content-Type", "application/json").end(EMPTY_PAGE);
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The counting neighbours could not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        return Map.of("quarkus.rest-client.catalogue.url", url, "quarkus.rest-client.directory.url", url);
    }

    @Override
    public void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** How many times this call ("GET /api/v1/catalogue/use-cases") was made since the last {@link #reset}. */
    public static int calls(String call) {
        return CALLS.getOrDefault(call, new AtomicInteger()).get();
    }

    public static void reset() {
        CALLS.clear();
    }
}
