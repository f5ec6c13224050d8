package fr.boussole.gateway.edge;

import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway checks bearer tokens before forwarding (signature, issuer, audience, expiry, against Keycloak's keys,
 * kept in memory) and the coarse role rules of {@code boussole.gateway.role-rules}. What it refuses gets the same
 * problem answers the services give: 401 with a Bearer challenge, or 403. The services check again.
 */
@ApplicationScoped
public class SecurityProblems {

    static final String CHALLENGE = "Bearer realm=\"boussole\"";
    private static final BiConsumer<RoutingContext, Throwable> TOKEN_FAILURE =
            (routingContext, failure) -> invalidToken(routingContext);

    void register(@Observes Router router) {
        // before http-kit's catch-all failure handler, which leaves security failures to a REST layer the
        // gateway does not have
        router.route().order(Integer.MAX_VALUE - 2).failureHandler(this::answer);
    }

    /**
     * Makes a token that fails verification on this request answered here, as a problem: Quarkus's default handler,
     * which its authentication step puts in place, ends the request with a bare 401 (the services' REST layer
     * replaces it the same way). Call before the deferred identity is resolved.
     */
    public static void answerTokenFailures(RoutingContext routingContext) {
        routingContext.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, TOKEN_FAILURE);
    }

    private void answer(RoutingContext routingContext) {
        Throwable failure = routingContext.failure();
        if (routingContext.response().headWritten()) {
            routingContext.next();
            return;
        }
        if (failure instanceof ForbiddenException) {
            send(routingContext, ProblemType.FORBIDDEN, "Your roles do not allow this operation", null);
        } else if (failure instanceof AuthenticationException) {
            send(routingContext, ProblemType.UNAUTHORIZED, "The access token is missing, invalid or expired",
                    CHALLENGE + ", error=\"invalid_token\"");
        } else if (failure instanceof UnauthorizedException) {
            send(routingContext, ProblemType.UNAUTHORIZED, "This operation needs a bearer access token", CHALLENGE);
        } else {
            routingContext.next();
        }
    }

    /**
     * A request whose token did not pass, answered as the services would, unless the security layer's failure
     * already went through {@link #answer} (it fails the request itself when the deferred identity fails).
     */
    public static void invalidToken(RoutingContext routingContext) {
        if (routingContext.response().headWritten()) {
            return;
        }
        send(routingContext, ProblemType.UNAUTHORIZED, "The access token is missing, invalid or expired",
                CHALLENGE + ", error=\"invalid_token\"");
    }

    /** A request the role rules refuse, answered as the services would. */
    public static void refuse(RoutingContext routingContext, RoleRules.Verdict verdict) {
        if (verdict == RoleRules.Verdict.NEEDS_TOKEN) {
            send(routingContext, ProblemType.UNAUTHORIZED, "This operation needs a bearer access token", CHALLENGE);
        } else {
            send(routingContext, ProblemType.FORBIDDEN, "Your roles do not allow this operation", null);
        }
    }

    private static void send(RoutingContext routingContext, ProblemType type, String detail, String challenge) {
        if (challenge != null) {
            routingContext.response().putHeader("WWW-Authenticate", challenge);
        }
        routingContext.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(Problems.json(Problems.of(type, detail, routingContext.request().path(), List.of())));
    }
}
