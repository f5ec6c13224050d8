package fr.boussole.commons.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Client errors say what is wrong
 * in terms of the request (field paths, JSON types) and never echo Java class names; server errors say nothing
 * but the request id, and are logged with it.
 */
public class RestProblemMappers {

    private static final Logger LOG = Logger.getLogger(RestProblemMappers.class);
    static final String BEARER_CHALLENGE = "Bearer realm=\"boussole\"";
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    private final AllowedMethods allowedMethods;

    RestProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(e.type(), e.getMessage(), request.path(), e.errors()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(ValidationPaths.of(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return Problems.response(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                request.path(), errors).build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e, HttpServerRequest request) {
        String field = jsonPath(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problems.response(ProblemType.VALIDATION_ERROR,
                    "Unknown field '" + (field.isEmpty() ? unknown.getPropertyName() : field) + "'", request.path(),
                    List.of(new FieldError(field, "unknown field"))).build();
        }
        if (field.isEmpty()) {
            return Problems.response(ProblemType.MALFORMED_BODY,
                    "The request body must be " + JsonTypes.describe(e.getTargetType()), request.path(), List.of())
                    .build();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && text.indexOf('\0') >= 0) {
            return Problems.response(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(1), request.path(),
                    List.of(new FieldError(field, "must not contain the NUL character"))).build();
        }
        return Problems.response(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(1), request.path(),
                List.of(new FieldError(field, "must be " + JsonTypes.describe(e.getTargetType())
                        + (e instanceof InvalidFormatException ? "" : " (wrong JSON type or missing value)"))))
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, request);
        }
        if (e.getCause() instanceof ProblemException problem) {
            // A parameter converter refused a value; JAX-RS wrapped its answer.
            return problem(problem, request);
        }
        Response.ResponseBuilder answer;
        if (e instanceof NotAllowedException) {
            var allowed = allowedMethods.forPath(request.path());
            answer = Problems.response(ProblemType.METHOD_NOT_ALLOWED,
                    "Method " + request.method() + " is not allowed here; allowed: " + String.join(", ", allowed),
                    request.path(), List.of())
                    .allow(allowed);
        } else if (e instanceof NotSupportedException) {
            answer = Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type '" + request.getHeader(HttpHeaders.CONTENT_TYPE) + "' is not supported here;"
                            + " send application/json",
                    request.path(), List.of());
        } else if (e instanceof NotAcceptableException) {
            answer = Problems.response(ProblemType.NOT_ACCEPTABLE,
                    "None of the types Accept names is available here; the contract lists the ones this resource"
                            + " comes in", request.path(), List.of());
        } else {
            answer = Problems.response(ProblemType.forStatus(status), describeStatus(status), request.path(),
                    List.of());
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(request, "The access token is missing, invalid or expired",
                BEARER_CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request, "This operation needs a bearer access token", BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(ProblemType.FORBIDDEN, "Your roles do not allow this operation", request.path(),
                List.of()).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return Problems.response(ProblemType.CONFLICT,
                        "The resource was changed by someone else at the same time; read it again and retry",
                        request.path(), List.of()).build();
            }
            if (isTextTheDatabaseCannotStore(cause)) {
                return Problems.response(ProblemType.VALIDATION_ERROR, "The request holds a character that cannot"
                        + " be stored (the NUL character)", request.path(), List.of()).build();
            }
            if (isDatabaseUnreachable(cause)) {
                LOG.warnf("Database unreachable on %s %s: %s", request.method(), request.path(), cause.getMessage());
                return Problems.response(ProblemType.SERVICE_UNAVAILABLE,
                        "The service cannot reach its database at the moment; retry later", request.path(), List.of())
                        .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                        .build();
            }
        }
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return Problems.response(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; quote the request id when reporting it", request.path(), List.of())
                .build();
    }

    /**
     * 22021 (character not in repertoire) and 22P05 (untranslatable character): PostgreSQL's refusal of a NUL in
     * text or JSON that no earlier check caught, such as a free-form answer; the transaction was rolled back.
     */
    private static boolean isTextTheDatabaseCannotStore(Throwable cause) {
        return cause instanceof SQLException sql && ("22021".equals(sql.getSQLState())
                || "22P05".equals(sql.getSQLState()));
    }

    /**
     * SQL state class 08 is "connection exception" and class 57 "operator intervention" (57P01 to 57P03: the server
     * shuts down, restarts or is not accepting connections yet); Agroal reports an exhausted wait without a state.
     */
    private static boolean isDatabaseUnreachable(Throwable cause) {
        return cause instanceof SQLException sql
                && ((sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                        || (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")));
    }

    private static Response unauthorized(HttpServerRequest request, String detail, String challenge) {
        // The authentication mechanism may already have put its own challenge on the response: keep only ours.
        request.response().headers().remove(HttpHeaders.WWW_AUTHENTICATE);
        return Problems.response(ProblemType.UNAUTHORIZED, detail, request.path(), List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private static Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Problems.response(ProblemType.MALFORMED_BODY, "The request body is not valid JSON" + where,
                request.path(), List.of()).build();
    }

    private static String describeStatus(int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            default -> Response.Status.fromStatusCode(status) == null ? "HTTP status " + status
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }

    /** The JSON path of a Jackson error, e.g. {@code translations.fr.name} or {@code items[2].code}. */
    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Names the JSON type expected for a Java type, so error messages speak the client's language. */
    static final class JsonTypes {
        private JsonTypes() {
        }

        static String describe(Class<?> type) {
            if (type == null) {
                return "a valid value";
            }
            if (type.isEnum()) {
                return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            if (Number.class.isAssignableFrom(wrap(type))) {
                return "a number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (CharSequence.class.isAssignableFrom(type) || type == java.util.UUID.class
                    || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                return "a string";
            }
            if (type.isArray() || Collection.class.isAssignableFrom(type)) {
                return "an array";
            }
            return "an object";
        }

        private static Class<?> wrap(Class<?> type) {
            if (!type.isPrimitive()) {
                return type;
            }
            return type == int.class || type == long.class || type == short.class || type == byte.class
                    || type == double.class || type == float.class ? Number.class : type;
        }
    }

    /** Field paths of bean-validation violations, relative to the body or named after the parameter. */
    static final class ValidationPaths {
        private ValidationPaths() {
        }

        static String of(ConstraintViolation<?> violation) {
            String parameter = null;
            List<String> parts = new ArrayList<>();
            for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
                switch (node.getKind()) {
                    case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    }
                    case PARAMETER -> parameter = node.getName();
                    default -> {
                        if (node.isInIterable()) {
                            parts.add(node.getIndex() != null ? "[" + node.getIndex() + "]"
                                    : node.getKey() != null ? "." + node.getKey() : "");
                        }
                        if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT
                                && node.getName() != null) {
                            parts.add("." + node.getName());
                        }
                    }
                }
            }
            String path = String.join("", parts);
            if (path.startsWith(".")) {
                path = path.substring(1);
            }
            if (path.isEmpty()) {
                return parameter == null ? "" : parameter;
            }
            return path;
        }
    }
}
