package fr.boussole.commons.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An answer to a caller who showed credentials (a bearer token, or an assessment's resume token) is theirs: unless
 * the resource said how it may be cached (public reference content does, with its ETag), no cache keeps it
 * ({@code Cache-Control: no-store}), a browser's included. Added here, once for every service, so that a resource
 * that forgets cannot leak a company's data into a shared machine's cache.
 */
public class PrivateAnswers {

    /** The assessment service's credential for anonymous companies. */

    @ServerResponseFilter
    public void keepPrivateAnswersOutOfCaches(ContainerRequestContext request, ContainerResponseContext response) {
        boolean withCredentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getHeaderString(SuiteHeaders.RESUME_TOKEN) != null;
        if (withCredentials && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
