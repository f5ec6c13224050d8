package fr.boussole.commons.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.boussole.commons.problem.ProblemException;

/**
 * The contract bounds {@code If-None-Match} (ApiConventions declares it on every cacheable read); the bound holds for
 * every operation, before any resource runs: a longer one is a 400 problem.
 */
public class IfNoneMatchBound {

    /** Room for some thirty entity tags: a cache revalidating the variants it holds sends a handful. */
    public static final int MAX_LENGTH = 1000;

    @ServerRequestFilter
    public void refuseOverlongIfNoneMatch(ContainerRequestContext request) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.length() > MAX_LENGTH) {
            throw ProblemException.invalid(HttpHeaders.IF_NONE_MATCH, "must be at most " + MAX_LENGTH
                    + " characters");
        }
    }
}
