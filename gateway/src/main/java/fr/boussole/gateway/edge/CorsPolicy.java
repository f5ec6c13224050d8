package fr.boussole.gateway.edge;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.boussole.commons.http.SuiteHeaders;
import fr.boussole.commons.http.VaryHeader;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.web.HttpProblemRoutes;
import fr.boussole.gateway.config.GatewayConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-origin rules of the API, answered at the edge. Any origin may read without credentials (public content:
 * the catalogue, the directory, the questionnaire), and gets {@code Access-Control-Allow-Origin: *}. Sending
 * credentials (a bearer token, a resume token) or writing is for the origins of the allow-list only: their pages
 * get their own origin back with credentials allowed. A preflight is answered here, never forwarded; a write or a
 * credentialed call from another origin is refused with 403 before it reaches a service.
 */
@ApplicationScoped
public class CorsPolicy {

    /** After the request id and security headers, before authentication: a preflight carries no token. */
    static final int PRIORITY = 19_800;

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");
    /** Request headers any origin may send: none of them is a credential. */
    static final Set<String> PUBLIC_HEADERS = Set.of("accept", "accept-language", "content-language", "if-none-match",
            "x-request-id", "traceparent", "tracestate");
    static final String CREDENTIAL_HEADERS = "Authorization, X-Resume-Token";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Authorization, Content-Type, If-Match, "
            + "If-None-Match, Idempotency-Key, X-Request-Id, X-Resume-Token, traceparent, tracestate";
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    static final String EXPOSED_HEADERS = "ETag, Link, Location, Retry-After, X-Request-Id, Content-Language, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset";

    private final List<String> allowedOrigins;
    private final String maxAge;

    CorsPolicy(GatewayConfig config) {
        this.allowedOrigins = config.cors().allowedOrigins().orElse(List.of());
        this.maxAge = Long.toString(config.cors().maxAge().toSeconds());
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, PRIORITY);
    }

    private void apply(RoutingContext routingContext) {
        HttpServerRequest request = routingContext.request();
        HttpServerResponse response = routingContext.response();
        // the CORS headers of an answer depend on the Origin sent (none, an allowed one, another): caches must know,
        // and the service's own Vary (Accept-Language, Accept) must stay
        routingContext.addHeadersEndHandler(ignored -> response.headers().set(VaryHeader.NAME,
                VaryHeader.merged(response.headers().getAll(VaryHeader.NAME), "Origin")));
        String origin = request.getHeader("Origin");
        if (origin == null) {
            routingContext.next();
            return;
        }
        boolean trusted = allowedOrigins.contains(origin);
        String preflightMethod = request.getHeader("Access-Control-Request-Method");
        if (request.method() == HttpMethod.OPTIONS && preflightMethod != null) {
            preflight(routingContext, origin, trusted, preflightMethod,
                    request.getHeader("Access-Control-Request-Headers"));
            return;
        }
        if (trusted) {
            allowCredentials(response, origin);
        } else if (isPublic(request.method().name(), request.headers().contains("Authorization")
                || request.headers().contains(SuiteHeaders.RESUME_TOKEN))) {
            response.putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        } else {
            HttpProblemRoutes.send(routingContext, ProblemType.FORBIDDEN, "Origin " + origin + " may only read"
                    + " public content without credentials; ask for it to be added to the gateway's allowed origins");
            return;
        }
        routingContext.next();
    }

    private void preflight(RoutingContext routingContext, String origin, boolean trusted, String method,
            String requestedHeaders) {
        HttpServerResponse response = routingContext.response();
        if (trusted) {
            allowCredentials(response, origin)
                    .putHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
                    .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        } else if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT)) && onlyPublicHeaders(requestedHeaders)) {
            response.putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD")
                    .putHeader("Access-Control-Allow-Headers", String.join(", ", PUBLIC_HEADERS));
        } else {
            HttpProblemRoutes.send(routingContext, ProblemType.FORBIDDEN, "Origin " + origin + " may not send "
                    + method + " requests or credentials (" + CREDENTIAL_HEADERS + ") to this API");
            return;
        }
        response.putHeader("Access-Control-Max-Age", maxAge)
                .putHeader("Cache-Control", "no-store")
                .setStatusCode(204)
                .end();
    }

    private static HttpServerResponse allowCredentials(HttpServerResponse response, String origin) {
        return response.putHeader("Access-Control-Allow-Origin", origin)
                .putHeader("Access-Control-Allow-Credentials", "true")
                .putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    static boolean isPublic(String method, boolean withCredentials) {
        return SAFE_METHODS.contains(method) && !withCredentials;
    }

    static boolean onlyPublicHeaders(String requestedHeaders) {
        if (requestedHeaders == null || requestedHeaders.isBlank()) {
            return true;
        }
        for (String header : requestedHeaders.split(",")) {
            if (!header.isBlank() && !PUBLIC_HEADERS.contains(header.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
