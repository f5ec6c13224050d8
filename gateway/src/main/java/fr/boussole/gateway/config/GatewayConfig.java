package fr.boussole.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

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

    interface Route {
        /** A path prefix, without trailing slash: it serves the prefix itself and everything under it. */
        String prefix();

        /** Scheme, host and port of the service, e.g. {@code http://localhost:8081}. */
        URI upstream();
    }
}
