package fr.boussole.commons.problem;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.commons.web.RequestIds;

/**
 * Builds problem documents and their HTTP answers. The body is serialised here, with a mapper of its own, so an
 * error answer never depends on the application's content negotiation or Jackson settings.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        return new Problem(type.uri(), type.title(), type.status(), detail, instance,
                requestId == null ? null : requestId.toString(), errors);
    }

    public static Response.ResponseBuilder response(ProblemType type, String detail, String instance,
            List<FieldError> errors) {
        return Response.status(type.status())
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(json(of(type, detail, instance, errors)));
    }

    public static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document could not be serialised", e);
        }
    }

    /** "1 field is invalid", "3 fields are invalid". */
    public static String invalidFieldsDetail(int count) {
        return count == 1 ? "1 field is invalid" : count + " fields are invalid";
    }
}
