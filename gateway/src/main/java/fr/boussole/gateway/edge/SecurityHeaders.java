package fr.boussole.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;

/**
 * Security headers on every answer of the gateway, its own and the services' alike. A service that sets one (the
 * HTML report sets its own Content-Security-Policy) keeps it; an answer whose policy says which pages may frame it
 * (the catalogue's embed frame, {@code frame-ancestors}) is not denied framing by X-Frame-Options, which knows no
 * list of origins. Swagger UI gets neither the API's Content-Security-
 * Policy (it runs scripts and calls Keycloak) nor Cross-Origin-Opener-Policy (its Keycloak login window reports back
 * to it through {@code window.opener}).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Right after the request id, so that even answers the gateway makes before routing carry them. */
    static final int PRIORITY = 19_900;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI = "/q/swagger-ui";

    void register(@Observes Filters filters) {
        filters.register(routingContext -> {
            HttpServerResponse response = routingContext.response();
            boolean swaggerUi = routingContext.normalizedPath().startsWith(SWAGGER_UI);
            routingContext.addHeadersEndHandler(ignored -> {
                setIfAbsent(response, "X-Content-Type-Options", "nosniff");
                String policy = response.headers().get("Content-Security-Policy");
                if (policy == null || !policy.contains("frame-ancestors")) {
                    setIfAbsent(response, "X-Frame-Options", "DENY");
                }
                setIfAbsent(response, "Referrer-Policy", "no-referrer");
                setIfAbsent(response, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
                if (!swaggerUi) {
                    setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    setIfAbsent(response, "Cross-Origin-Opener-Policy", "same-origin");
                }
            });
            routingContext.next();
        }, PRIORITY);
    }

    private static void setIfAbsent(HttpServerResponse response, String name, String value) {
        if (!response.headers().contains(name)) {
            response.putHeader(name, value);
        }
    }
}
