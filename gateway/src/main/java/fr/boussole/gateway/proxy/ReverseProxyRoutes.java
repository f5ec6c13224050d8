package fr.boussole.gateway.proxy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;

import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.commons.web.HttpProblemRoutes;
import fr.boussole.commons.web.RequestIds;
import fr.boussole.gateway.config.GatewayConfig;
import fr.boussole.gateway.edge.RateLimiter;
import fr.boussole.gateway.edge.RoleRules;
import fr.boussole.gateway.edge.SecurityProblems;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards each configured path prefix to its upstream service, unchanged: method, path, query, headers (less the
 * hop-by-hop ones) and the body, streamed both ways over pooled keep-alive connections. The request id set by the
 * commons filter travels with the request, with a W3C {@code traceparent}; {@code Forwarded} and
 * {@code X-Forwarded-*} tell the service who called. Before forwarding, the coarse role rules and the rate limits
 * are checked. An upstream
 * that cannot be reached gives a 503 problem, one that stays silent longer than the response timeout a 504, and
 * after repeated failures its circuit opens: 503 at once, until a trial call succeeds.
 */
@ApplicationScoped
public class ReverseProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ReverseProxyRoutes.class);

    private final GatewayConfig config;
    private final RoleRules roleRules;
    private final RateLimiter rateLimiter;
    private final Vertx vertx;
    private final Map<String, UpstreamCircuit> circuits = new ConcurrentHashMap<>();

    ReverseProxyRoutes(GatewayConfig config, RoleRules roleRules, RateLimiter rateLimiter, Vertx vertx) {
        this.config = config;
        this.roleRules = roleRules;
        this.rateLimiter = rateLimiter;
        this.vertx = vertx;
    }

    void mount(@Observes Router router) {
        int eventLoops = eventLoops();
        config.routes().forEach((name, route) -> {
            UpstreamCircuit circuit = circuits.computeIfAbsent(name, ignored -> new UpstreamCircuit(
                    config.circuitBreaker().failureThreshold(), config.circuitBreaker().openFor(), System::nanoTime));
            Map<EventLoop, HttpProxy> proxies = new ConcurrentHashMap<>();
            Handler<RoutingContext> forward = routingContext -> {
                // taken now: the identity may be resolved on a worker thread, the answer must stay on this loop
                EventLoop loop = currentEventLoop();
                withIdentity(routingContext, identity -> forward(routingContext, identity, name, circuit,
                        () -> proxies.computeIfAbsent(loop, ignored -> proxy(name, route.upstream(), circuit,
                                eventLoops))));
            };
            router.route(route.prefix()).handler(forward);
            router.route(route.prefix() + "/*").handler(forward);
            LOG.infof("Route %s: %s/** -> %s", name, route.prefix(), route.upstream());
        });
    }

    /** The route's role rules, then the rate limit, then the upstream unless its circuit is open. */
    private void forward(RoutingContext routingContext, SecurityIdentity identity, String name,
            UpstreamCircuit circuit, Supplier<HttpProxy> proxy) {
        RoleRules.Verdict verdict = roleRules.judge(routingContext, identity);
        if (verdict != RoleRules.Verdict.ALLOWED) {
            SecurityProblems.refuse(routingContext, verdict);
            return;
        }
        rateLimiter.check(routingContext, identity, () -> {
            if (circuit.allows()) {
                proxy.get().handle(routingContext.request());
            } else {
                routingContext.response().putHeader(HttpHeaders.RETRY_AFTER,
                        Long.toString(circuit.retryAfterSeconds()));
                HttpProblemRoutes.send(routingContext, ProblemType.SERVICE_UNAVAILABLE, "The " + name
                        + " service failed repeatedly; calls to it are paused, retry later");
                routingContext.request().resume();
            }
        });
    }

    /**
     * A route's proxy for the calling event loop, with a connection pool of its own. Vert.x pools hand the most
     * recently freed connection to whichever event loop asks, so with one pool per route most answers arrived on
     * another event loop than their request's and crossed threads: one more wake-up per request (0.05-0.1 ms of
     * p50 at 1,000 req/s, docs/performance.md). The route's connection limit is shared out between the event loops.
     */
    private HttpProxy proxy(String name, URI upstream, UpstreamCircuit circuit, int eventLoops) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(Math.max(1, (config.maxConnectionsPerUpstream() + eventLoops - 1) / eventLoops))
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setSsl("https".equals(upstream.getScheme())));
        SocketAddress origin = SocketAddress.inetSocketAddress(port(upstream), upstream.getHost());
        long timeout = config.responseTimeout().toMillis();
        return HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                        .setServer(origin).setIdleTimeout(timeout)))
                .addInterceptor(new ForwardingHeaders(origin(upstream)))
                .addInterceptor(new UpstreamFailures(name, circuit));
    }

    /**
     * The event loop running this thread (a route's handler always starts on one), found with public Vert.x and
     * Netty APIs: the Quarkus context of a request is a duplicate of its event loop's, so contexts are no key.
     */
    private EventLoop currentEventLoop() {
        for (EventExecutor executor : vertx.nettyEventLoopGroup()) {
            if (executor.inEventLoop()) {
                return (EventLoop) executor;
            }
        }
        throw new IllegalStateException("A route handler runs on an event loop; this thread is none");
    }

    private int eventLoops() {
        int count = 0;
        for (EventExecutor ignored : vertx.nettyEventLoopGroup()) {
            count++;
        }
        return count;
    }

    /**
     * Verifies the caller's token, if it sent one, then goes on with its identity (null without a token). Identities
     * are resolved here only, not for every request (authentication is not proactive): an anonymous call costs no
     * security work. A bad token gets a 401 problem.
     */
    private static void withIdentity(RoutingContext routingContext, Consumer<SecurityIdentity> then) {
        if (routingContext.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            then.accept(null);
            return;
        }
        Uni<SecurityIdentity> deferred = routingContext.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            // no authentication mechanism took part in this request: nothing was verified, so nothing is claimed
            then.accept(null);
            return;
        }
        routingContext.request().pause();
        SecurityProblems.answerTokenFailures(routingContext);
        deferred.subscribe().with(identity -> then.accept(identity.isAnonymous() ? null : identity), failure -> {
            SecurityProblems.invalidToken(routingContext);
            routingContext.request().resume();
        });
    }

    /** The state of each route's circuit, for the readiness check. */
    public Map<String, String> circuitStates() {
        Map<String, String> states = new TreeMap<>();
        circuits.forEach((name, circuit) -> states.put(name, circuit.state().name()));
        return states;
    }

    /** The upstream's scheme and authority, as a service builds its absolute URLs when called on this address. */
    private static String origin(URI upstream) {
        return upstream.getScheme() + "://" + upstream.getRawAuthority();
    }

    private static int port(URI upstream) {
        return upstream.getPort() > 0 ? upstream.getPort() : "https".equals(upstream.getScheme()) ? 443 : 80;
    }

    /**
     * Tells the service who called it and how (RFC 7239 and the de facto X-Forwarded-*), and the trace; on the way
     * back, makes the service's answer one of the gateway's: links the service made from its own address name the
     * gateway's, and a bodiless answer leaves without framing.
     */
    private static final class ForwardingHeaders implements ProxyInterceptor {

        /** Headers whose URLs a service makes absolute from the address it was called at. */
        private static final List<String> LINK_HEADERS = List.of(HttpHeaders.LOCATION, "Content-Location",
                HttpHeaders.LINK);

        /** The service's address as it sees itself called, e.g. http://localhost:8082. */
        private final String upstreamOrigin;

        ForwardingHeaders(String upstreamOrigin) {
            this.upstreamOrigin = upstreamOrigin;
        }
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            var headers = context.request().headers();
            String client = incoming.remoteAddress() == null ? null : incoming.remoteAddress().hostAddress();
            String proto = incoming.scheme();
            String host = incoming.authority() == null ? null : incoming.authority().toString();
            if (client != null) {
                String chain = headers.get("X-Forwarded-For");
                headers.set("X-Forwarded-For", chain == null ? client : chain + ", " + client);
            }
            headers.set("X-Forwarded-Proto", proto);
            if (host != null) {
                headers.set("X-Forwarded-Host", host);
            }
            StringBuilder element = new StringBuilder();
            if (client != null) {
                element.append("for=").append(client.contains(":") ? "\"[" + client + "]\"" : client).append(';');
            }
            element.append("proto=").append(proto);
            if (host != null) {
                element.append(";host=\"").append(host).append('"');
            }
            String earlier = headers.get("Forwarded");
            headers.set("Forwarded", earlier == null ? element.toString() : earlier + ", " + element);
            if (!TraceContext.isValid(headers.get(TraceContext.HEADER))) {
                headers.set(TraceContext.HEADER, TraceContext.newTraceparent());
                headers.remove("tracestate");
            }
            return context.sendRequest();
        }

        /**
         * The gateway already answers with the request id it forwarded: the service's copy would make it twice. A
         * 304 or 204 has no body (RFC 9110): sent as a stream it would get chunked framing that clients then wait on.
         */
        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            ProxyResponse response = context.response();
            response.headers().remove(RequestIds.HEADER);
            HttpServerRequest incoming = context.request().proxiedRequest();
            if (incoming.authority() != null) {
                String publicOrigin = incoming.scheme() + "://" + incoming.authority();
                for (String header : LINK_HEADERS) {
                    List<String> values = response.headers().getAll(header);
                    if (values.stream().anyMatch(value -> value.contains(upstreamOrigin))) {
                        response.headers().set(header, values.stream()
                                .map(value -> value.replace(upstreamOrigin, publicOrigin)).toList());
                    }
                }
            }
            int status = response.getStatusCode();
            if (status == 304 || status == 204) {
                response.headers().remove("Transfer-Encoding").remove(HttpHeaders.CONTENT_LENGTH);
                response.setBody(null);
            }
            return context.sendResponse();
        }
    }

    /**
     * Counts transport failures on the circuit, and answers them with a problem rather than an empty 502. A call
     * cancelled because its caller hung up is not counted: a burst of callers leaving would otherwise open the
     * circuit of a healthy service.
     */
    private static final class UpstreamFailures implements ProxyInterceptor {
        private final String route;
        private final UpstreamCircuit circuit;

        UpstreamFailures(String route, UpstreamCircuit circuit) {
            this.route = route;
            this.circuit = circuit;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().map(response -> {
                circuit.succeeded();
                return response;
            }).recover(failure -> {
                if (context.request().proxiedRequest().response().closed()) {
                    // the caller hung up and the call to the service was cancelled: not the service's failure
                    LOG.debugf("Caller of route %s left before the answer: %s", route, failure.toString());
                    return Future.failedFuture(failure);
                }
                circuit.failed();
                boolean timedOut = isTimeout(failure);
                LOG.warnf("Upstream of route %s %s: %s", route, timedOut ? "timed out" : "unreachable",
                        failure.toString());
                ProblemType type = timedOut ? ProblemType.GATEWAY_TIMEOUT : ProblemType.SERVICE_UNAVAILABLE;
                String detail = timedOut ? "The " + route + " service did not answer in time; retry later"
                        : "The " + route + " service is unavailable at the moment; retry later";
                String path = context.request().proxiedRequest().path();
                Buffer body = Buffer.buffer(Problems.json(Problems.of(type, detail, path, List.of())));
                ProxyResponse response = context.request().release().response()
                        .setStatusCode(type.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .putHeader(HttpHeaders.RETRY_AFTER, "5")
                        .setBody(Body.body(body));
                return Future.succeededFuture(response);
            });
        }

        /**
         * The upstream accepted the call and then stayed silent (Vert.x's idle timeout is a
         * {@link TimeoutException}, Netty's read and write timeouts its own); a connection not made in time is not
         * that.
         */
        private static boolean isTimeout(Throwable failure) {
            boolean timeout = false;
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConnectTimeoutException) {
                    return false;
                }
                timeout |= cause instanceof TimeoutException
                        || cause instanceof io.netty.handler.timeout.TimeoutException;
            }
            return timeout;
        }
    }
}
