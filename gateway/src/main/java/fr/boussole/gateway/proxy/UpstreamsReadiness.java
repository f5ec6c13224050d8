package fr.boussole.gateway.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import fr.boussole.gateway.config.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The gateway's readiness over its upstreams: each service's own readiness (asked with a 1 s limit) and its
 * circuit, in the check's data. The gateway is ready while at least one upstream is: a replica still serves the
 * routes that work when one service is down, and taking it out of rotation would stop those too. Alerting reads
 * the per-upstream data.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private static final long ASK_TIMEOUT_MILLIS = 1000;

    private final GatewayConfig config;
    private final ReverseProxyRoutes routes;
    private final HttpClient client;

    UpstreamsReadiness(GatewayConfig config, ReverseProxyRoutes routes, Vertx vertx) {
        this.config = config;
        this.routes = routes;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) ASK_TIMEOUT_MILLIS)
                .setKeepAlive(false));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Map<String, Future<Boolean>> asked = new TreeMap<>();
        config.routes().forEach((name, route) -> asked.put(name, ready(route.upstream().getHost(),
                route.upstream().getPort() > 0 ? route.upstream().getPort() : 80)));
        List<Future<Boolean>> all = new ArrayList<>(asked.values());
        return Uni.createFrom().completionStage(Future.join(all).toCompletionStage())
                .onFailure().recoverWithItem(() -> null)
                .map(ignored -> {
                    HealthCheckResponseBuilder answer = HealthCheckResponse.named("upstreams");
                    Map<String, String> circuits = routes.circuitStates();
                    boolean anyReady = false;
                    for (Map.Entry<String, Future<Boolean>> upstream : asked.entrySet()) {
                        boolean ready = upstream.getValue().succeeded() && upstream.getValue().result();
                        anyReady |= ready;
                        answer.withData(upstream.getKey(), (ready ? "UP" : "DOWN") + ", circuit "
                                + circuits.getOrDefault(upstream.getKey(), "CLOSED"));
                    }
                    return answer.status(anyReady).build();
                });
    }

    private Future<Boolean> ready(String host, int port) {
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(host).setPort(port)
                .setURI("/q/health/ready").setTimeout(ASK_TIMEOUT_MILLIS))
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode() == 200))
                .otherwise(false);
    }
}
