package fr.boussole.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;

/**
 * Cache rules of the partner-site widget's files: the loader partners include keeps a stable URL
 * ({@code /embed/v1/}) and is checked again hourly; the frame's files live under the build's version and never
 * change, so browsers and CDNs keep them for a year. Partner pages of any origin may load them.
 */
@ApplicationScoped
public class EmbedAssets {

    static final String PREFIX = "/embed/";
    static final String LOADER = PREFIX + "v1/";

    void register(@Observes Filters filters) {
        filters.register(routingContext -> {
            String path = routingContext.normalizedPath();
            if (path.startsWith(PREFIX)) {
                HttpServerResponse response = routingContext.response();
                String cacheControl = path.startsWith(LOADER) ? "public, max-age=3600"
                        : "public, max-age=31536000, immutable";
                routingContext.addHeadersEndHandler(ignored -> {
                    if (response.getStatusCode() == 200) {
                        response.putHeader("Cache-Control", cacheControl);
                        response.putHeader("Cross-Origin-Resource-Policy", "cross-origin");
                    }
                });
            }
            routingContext.next();
        }, SecurityHeaders.PRIORITY - 1);
    }
}
