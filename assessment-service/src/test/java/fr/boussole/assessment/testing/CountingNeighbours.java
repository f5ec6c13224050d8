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
 * and answered with an empty page, as the real services answer when nothing matches, or for the guidance with one
 * GDPR point and one pitfall; {@link #failing} makes every call answer 503, as a service that is down.
 */
public class CountingNeighbours implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final String EMPTY_PAGE = "{\"items\":[],\"page\":0,\"size\":20,\"total\":0,\"totalPages\":0}";
    public static final String GUIDANCE = "/api/v1/catalogue/guidance";
    private static final String GUIDANCE_ANSWER = """
            {"gdprChecklist": [{"code": "dpo", "title": "DPO", "text": "Know whether a DPO is mandatory (Art. 37).",
              "source": "GDPR", "sourceUrl": null, "checkedOn": "2026-12-06", "confidence": "HIGH"}],
             "pitfalls": [{"code": "leadership", "title": "Leadership", "text": "Involve top management visibly.",
              "source": "Guide", "sourceUrl": null, "checkedOn": "2026-12-06", "confidence": "HIGH"}]}
            """;
    private static volatile boolean failing;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            CALLS.computeIfAbsent(request.method() + " " + request.path(), call -> new AtomicInteger())
                    .incrementAndGet();
            if (failing) {
                request.response().setStatusCode(503).end();
                return;
            }
            request.response().putHeader("Content-Type", "application/json")
                    .end(request.path().equals(GUIDANCE) ? GUIDANCE_ANSWER : EMPTY_PAGE);
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
        failing = false;
    }

    /** From now on every call fails with 503, until {@link #reset}. */
    public static void failing() {
        failing = true;
    }
}
