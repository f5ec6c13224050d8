package fr.boussole.commons.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers for what never reaches the REST layer: a body over the size limit (413), a path no route
 * serves (404), and any failure the HTTP layer itself raises. Quarkus would otherwise answer these with an empty
 * or HTML body.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private static final Logger LOG = Logger.getLogger(HttpProblemRoutes.class);
    /** Before Quarkus' own size check (order -2, which ends the answer with an empty body). */
    private static final int BODY_LIMIT_PRIORITY = 10_000;

    private final Optional<MemorySize> maxBodySize;

    HttpProblemRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void rejectOversizedBodies(@Observes Filters filters) {
        maxBodySize.ifPresent(limit -> filters.register(routingContext -> {
            String length = routingContext.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, limit.asLongValue())) {
                routingContext.response().putHeader("Connection", "close");
                send(routingContext, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the limit of " + limit.asLongValue() + " bytes");
                return;
            }
            routingContext.next();
        }, BODY_LIMIT_PRIORITY));
    }

    void answerUnroutedAndFailed(@Observes Router router) {
        router.route().last().handler(routingContext -> send(routingContext, ProblemType.NOT_FOUND,
                "No resource at this path"));
        router.route().order(Integer.MAX_VALUE - 1).failureHandler(this::failure);
    }

    private void failure(RoutingContext routingContext) {
        Throwable failure = routingContext.failure();
        if (isSecurityFailure(failure)) {
            // The REST layer's authentication failure handler runs after this one and maps these to problems.
            routingContext.next();
            return;
        }
        if (routingContext.response().headWritten()) {
            routingContext.response().close();
            return;
        }
        int status = routingContext.statusCode();
        if (status >= 400 && status < 500) {
            ProblemType type = ProblemType.forStatus(status);
            send(routingContext, type, type.title());
        } else {
            LOG.errorf(failure, "Unexpected error on %s %s", routingContext.request().method(),
                    routingContext.request().path());
            send(routingContext, ProblemType.INTERNAL_ERROR,
                    "An unexpected error occurred; quote the request id when reporting it");
        }
    }

    private static boolean isSecurityFailure(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException;
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static void send(RoutingContext routingContext, ProblemType type, String detail) {
        String body = Problems.json(Problems.of(type, detail, routingContext.request().path(), List.of()));
        routingContext.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
