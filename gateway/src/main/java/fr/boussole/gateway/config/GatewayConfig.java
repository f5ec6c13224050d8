package fr.boussole.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which path prefixes the gateway serves, and from which upstream service. */
@ConfigMapping(prefix = "boussole.gateway")
public interface GatewayConfig {

    /** Routes by name, e.g. {@code boussole.gateway.routes.catalogue.prefix=/api/v1/catalogue}. */
    Map<String, Route> routes();

    /** How long to wait for a connection to an upstream before answering 503. */
    @WithDefault("1s")
    Duration connectTimeout();

    /** Connections kept open to each upstream. */
    @WithDefault("50")
    int maxConnectionsPerUpstream();

    /** How long an upstream may stay silent, while answering, before the gateway answers 504. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** When to stop calling an upstream that fails, and for how long. */
    CircuitBreaker circuitBreaker();

    /** The largest request the gateway takes, beyond which it answers a problem (RequestLimits). */
    RequestLimits requestLimits();

    interface RequestLimits {
        /** Characters of the request target (path and query); beyond, 414. */
        @WithDefault("4096")
        int maxUriLength();

        /** Bytes of all the request's header lines together; beyond, 431. */
        @WithDefault("16384")
        int maxHeadersSize();
    }

    interface CircuitBreaker {
        /** Failures in a row (no connection, no answer in time) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long calls get 503 at once before one is let through to try again. */
        @WithDefault("10s")
        Duration openFor();
    }

    /** Coarse role rules checked before forwarding, by name; the services hold the fine ones. */
    Map<String, RoleRule> roleRules();

    interface RoleRule {
        /** Paths it covers: exact, or every path under a prefix when ending with {@code /*}. */
        List<String> paths();

        /** Methods it covers; every method when absent. */
        Optional<Set<String>> methods();

        /** Roles of which the caller needs one, or {@code authenticated} for any signed-in caller. */
        Set<String> roles();
    }

    /** Requests per client and window, by class of request; counted in Redis, shared by every gateway replica. */
    RateLimits rateLimits();

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** The window the limits count in; it starts at a client's first request of the class. */
        @WithDefault("1m")
        Duration window();

        /** Reads (GET, HEAD) without a token, counted per IP address. */
        @WithDefault("600")
        int publicRead();

        /** Reads with a token, counted per token subject. */
        @WithDefault("600")
        int authenticated();

        /** Writes (any other method), counted per token subject, else per IP address. */
        @WithDefault("120")
        int write();

        /** Prefix of the counters' keys, so that several suites may share one Redis. */
        @WithDefault("boussole:rate")
        String keyPrefix();

        /** How long to wait for Redis; without an answer the request goes through (the limit fails open). */
        @WithDefault("200ms")
        Duration redisTimeout();
    }

    /** Cross-origin calls from browsers. */
    Cors cors();

    interface Cors {
        /**
         * Origins (scheme://host[:port]) whose pages may send credentials (a bearer token, a resume token) or write;
         * any other origin may only read without credentials.
         */
        Optional<List<String>> allowedOrigins();

        /** How long a browser may keep a preflight answer. */
        @WithDefault("10m")
        Duration maxAge();
    }

    interface Route {
        /** A path prefix, without trailing slash: it serves the prefix itself and everything under it. */
        String prefix();

        /** Scheme, host and port of the service, e.g. {@code http://localhost:8081}. */
        URI upstream();
    }
}
