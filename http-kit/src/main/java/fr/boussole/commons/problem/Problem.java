package fr.boussole.commons.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document, the body of every error answer of the suite.
 * {@code requestId} lets a caller quote the request when reporting an error; {@code errors} lists each invalid
 * input on validation failures. Its OpenAPI schema is written by
 * {@link fr.boussole.commons.openapi.ApiConventions}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {
}
