package fr.boussole.gateway.edge;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.web.HttpProblemRoutes;
import fr.boussole.gateway.config.GatewayConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's limits on a request's target and headers, answered as problem documents (414, 431). Vert.x's own
 * decoder refuses what is over its limits with an empty answer that nothing in Quarkus can replace
 * (quarkusio/quarkus#55082), so its limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set far above these, which are the ones callers meet.
 */
@ApplicationScoped
public class RequestLimits {

    /** After CORS, so that a browser can read the problem. */
    static final int PRIORITY = 19_750;

    private final GatewayConfig.RequestLimits limits;

    RequestLimits(GatewayConfig config) {
        this.limits = config.requestLimits();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext routingContext) {
        int uriLength = routingContext.request().uri().length();
        if (uriLength > limits.maxUriLength()) {
            refuse(routingContext, ProblemType.URI_TOO_LONG, "The request target has " + uriLength
                    + " characters; the limit is " + limits.maxUriLength());
            return;
        }
        long headersSize = 0;
        for (Map.Entry<String, String> header : routingContext.request().headers()) {
            // as on the wire: "name: value" and the line's end
            headersSize += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        if (headersSize > limits.maxHeadersSize()) {
            refuse(routingContext, ProblemType.HEADERS_TOO_LARGE, "The request's headers take " + headersSize
                    + " bytes; the limit is " + limits.maxHeadersSize());
            return;
        }
        routingContext.next();
    }

    private static void refuse(RoutingContext routingContext, ProblemType type, String detail) {
        // the rest of the request is not read: the connection closes after the answer
        routingContext.response().putHeader("Connection", "close");
        HttpProblemRoutes.send(routingContext, type, detail);
    }
}
