package fr.boussole.gateway.edge;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.web.HttpProblemRoutes;
import fr.boussole.gateway.config.GatewayConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.redis.client.Response;

/**
 * Rate limits per client and class of request, in fixed windows counted in Redis: every gateway replica adds to the
 * same counter, so the limit holds whatever replica a request lands on. A client is its token's subject, else its IP
 * address. Each answer says where the client stands ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset});
 * over the limit the answer is a 429 problem with {@code Retry-After}. When Redis does not answer within its timeout
 * the request goes through (the limit fails open, and says so in the log): an outage of the counters must not stop
 * the API.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD");
    /** Count, and start the window with the first request of it; answers the count and the milliseconds left. */
    private static final String COUNT = "local count = redis.call('INCR', KEYS[1])\n"
            + "if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end\n"
            + "local left = redis.call('PTTL', KEYS[1])\n"
            + "if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); left = tonumber(ARGV[1]) end\n"
            + "return {count, left}";

    /** A class of request and its limit. */
    enum RequestClass {
        PUBLIC_READ, AUTHENTICATED, WRITE
    }

    private final GatewayConfig.RateLimits limits;
    private final ReactiveRedisDataSource redis;

    RateLimiter(GatewayConfig config, ReactiveRedisDataSource redis) {
        this.limits = config.rateLimits();
        this.redis = redis;
    }

    /**
     * Counts the request of this caller (its verified identity, or null without a token); {@code then} runs when it
     * may go on, else the 429 problem is sent.
     */
    public void check(RoutingContext routingContext, SecurityIdentity identity, Runnable then) {
        if (!limits.enabled()) {
            then.run();
            return;
        }
        String subject = identity != null && identity.getPrincipal() instanceof JsonWebToken token
                ? token.getSubject() : null;
        RequestClass requestClass = !READS.contains(routingContext.request().method().name()) ? RequestClass.WRITE
                : subject != null ? RequestClass.AUTHENTICATED : RequestClass.PUBLIC_READ;
        String client = subject != null ? "sub:" + subject : "ip:" + clientAddress(routingContext);
        int limit = limitOf(requestClass);
        long windowMillis = limits.window().toMillis();
        String key = limits.keyPrefix() + ":" + requestClass.name().toLowerCase(Locale.ROOT) + ":" + client;
        routingContext.request().pause();
        count(key, windowMillis).subscribe().with(counted -> {
            long count = counted.get(0).toLong();
            long resetSeconds = Math.max(1, (counted.get(1).toLong() + 999) / 1000);
            HttpServerResponse response = routingContext.response();
            response.putHeader("RateLimit-Limit", Integer.toString(limit))
                    .putHeader("RateLimit-Remaining", Long.toString(Math.max(0, limit - count)))
                    .putHeader("RateLimit-Reset", Long.toString(resetSeconds))
                    .putHeader("RateLimit-Policy", limit + ";w=" + limits.window().toSeconds());
            if (count > limit) {
                response.putHeader("Retry-After", Long.toString(resetSeconds));
                HttpProblemRoutes.send(routingContext, ProblemType.TOO_MANY_REQUESTS, "More than " + limit + " "
                        + describe(requestClass) + " in " + limits.window().toSeconds() + " s; retry in "
                        + resetSeconds + " s");
                routingContext.request().resume();
                return;
            }
            then.run();
        }, failure -> {
            LOG.warnf("Rate limits not counted, Redis failed: %s", failure.toString());
            then.run();
        });
    }

    private Uni<Response> count(String key, long windowMillis) {
        return redis.execute("EVAL", COUNT, "1", key, Long.toString(windowMillis))
                .ifNoItem().after(limits.redisTimeout()).fail();
    }

    private int limitOf(RequestClass requestClass) {
        return switch (requestClass) {
            case PUBLIC_READ -> limits.publicRead();
            case AUTHENTICATED -> limits.authenticated();
            case WRITE -> limits.write();
        };
    }

    private static String describe(RequestClass requestClass) {
        return switch (requestClass) {
            case PUBLIC_READ -> "reads without a token from your address";
            case AUTHENTICATED -> "reads with your token";
            case WRITE -> "writes";
        };
    }

    /** The peer's address: a gateway at the edge does not trust X-Forwarded-For, which any caller can write. */
    private static String clientAddress(RoutingContext routingContext) {
        return routingContext.request().remoteAddress() == null ? "unknown"
                : routingContext.request().remoteAddress().hostAddress();
    }
}
