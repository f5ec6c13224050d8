package fr.boussole.gateway.proxy;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;

import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.gateway.config.GatewayConfig;
import fr.boussole.gateway.edge.RoleRules;
import fr.boussole.gateway.edge.SecurityProblems;
import io.vertx.core.Handler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards each configured path prefix to its upstream service, unchanged: method, path, query, headers (less the
 * hop-by-hop ones) and the body, streamed both ways. The request id set by the commons filter travels with the
 * request; {@code X-Forwarded-*} tell the service who called. An upstream that cannot be reached gives a 503
 * problem.
 */
@ApplicationScoped
public class ReverseProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ReverseProxyRoutes.class);

    private final GatewayConfig config;
    private final RoleRules roleRules;
    private final Vertx vertx;

    ReverseProxyRoutes(GatewayConfig config, RoleRules roleRules, Vertx vertx) {
        this.config = config;
        this.roleRules = roleRules;
        this.vertx = vertx;
    }

    void mount(@Observes Router router) {
        config.routes().forEach((name, route) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client(route.upstream()))
                    .origin(port(route.upstream()), route.upstream().getHost())
                    .addInterceptor(new ForwardingHeaders())
                    .addInterceptor(new UnreachableUpstream(name));
            Handler<RoutingContext> forward = routingContext -> {
                RoleRules.Verdict verdict = roleRules.judge(routingContext);
                if (verdict == RoleRules.Verdict.ALLOWED) {
                    proxy.handle(routingContext.request());
                } else {
                    SecurityProblems.refuse(routingContext, verdict);
                }
            };
            router.route(route.prefix()).handler(forward);
            router.route(route.prefix() + "/*").handler(forward);
            LOG.infof("Route %s: %s/** -> %s", name, route.prefix(), route.upstream());
        });
    }

    private HttpClient client(URI upstream) {
        return vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxConnectionsPerUpstream())
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setSsl("https".equals(upstream.getScheme())));
    }

    private static int port(URI upstream) {
        return upstream.getPort() > 0 ? upstream.getPort() : "https".equals(upstream.getScheme()) ? 443 : 80;
    }

    /** Tells the service who called it and how (de facto X-Forwarded-* headers). */
    private static final class ForwardingHeaders implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            var headers = context.request().headers();
            String client = incoming.remoteAddress() == null ? null : incoming.remoteAddress().hostAddress();
            if (client != null) {
                String chain = headers.get("X-Forwarded-For");
                headers.set("X-Forwarded-For", chain == null ? client : chain + ", " + client);
            }
            headers.set("X-Forwarded-Proto", incoming.scheme());
            if (incoming.authority() != null) {
                headers.set("X-Forwarded-Host", incoming.authority().toString());
            }
            return context.sendRequest();
        }
    }

    /** A connection refused or timed out becomes a 503 problem, not the proxy's empty 502. */
    private static final class UnreachableUpstream implements ProxyInterceptor {
        private final String route;

        UnreachableUpstream(String route) {
            this.route = route;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                LOG.warnf("Upstream of route %s unreachable: %s", route, failure.toString());
                String path = context.request().proxiedRequest().path();
                Buffer body = Buffer.buffer(Problems.json(Problems.of(ProblemType.SERVICE_UNAVAILABLE,
                        "The " + route + " service is unavailable at the moment; retry later", path, List.of())));
                ProxyResponse response = context.request().release().response()
                        .setStatusCode(ProblemType.SERVICE_UNAVAILABLE.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .putHeader(HttpHeaders.RETRY_AFTER, "5")
                        .setBody(Body.body(body));
                return Future.succeededFuture(response);
            });
        }
    }
}
