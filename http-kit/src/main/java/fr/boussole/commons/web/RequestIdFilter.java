package fr.boussole.commons.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Gives every HTTP request an id before anything else runs: the caller's {@code X-Request-Id} when acceptable,
 * else a new one. The id is put on the request (so a proxy forwards it), on the response, and in the logging
 * context, where JSON log lines pick it up as {@code mdc.requestId}.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Runs before authentication, body limits and routing, so even their error answers carry the id. */
    static final int PRIORITY = 20_000;

    void register(@Observes Filters filters) {
        filters.register(routingContext -> {
            String requestId = RequestIds.keepOrCreate(routingContext.request().getHeader(RequestIds.HEADER));
            routingContext.request().headers().set(RequestIds.HEADER, requestId);
            routingContext.response().putHeader(RequestIds.HEADER, requestId);
            MDC.put(RequestIds.MDC_KEY, requestId);
            routingContext.addEndHandler(ignored -> MDC.remove(RequestIds.MDC_KEY));
            routingContext.next();
        }, PRIORITY);
    }
}
