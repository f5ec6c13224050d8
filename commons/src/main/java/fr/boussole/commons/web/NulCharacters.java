package fr.boussole.commons.web;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/**
 * No URL of the API holds the NUL character, and PostgreSQL refuses it in text: a path with one names nothing (404),
 * a query parameter with one is invalid (400), before any resource runs. Bodies are checked when read
 * ({@code StrictJsonTypes}).
 */
public class NulCharacters {

    private static final char NUL = '\0';

    @ServerRequestFilter(preMatching = true)
    public void refuseNulCharacters(ContainerRequestContext request) {
        if (request.getUriInfo().getPath(true).indexOf(NUL) >= 0) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No resource at this path");
        }
        request.getUriInfo().getQueryParameters(true).forEach((name, values) -> {
            if (values.stream().anyMatch(value -> value.indexOf(NUL) >= 0)) {
                throw ProblemException.invalid(name, "must not contain the NUL character");
            }
        });
    }
}
