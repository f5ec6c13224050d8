package fr.boussole.gateway.contract;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the gateway adds to every operation of the merged document, since it answers them before or instead of a
 * service: the rate-limit headers ({@code RateLimiter}) and {@code Access-Control-Allow-Origin} ({@code CorsPolicy})
 * on every answer, a 429 when a client is over its limit, a 503 when a service is down or its circuit open and a
 * 504 when it is too slow ({@code ReverseProxyRoutes}). The services' own documents know nothing of them.
 */
final class EdgeAnswers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String HEADERS = "#/components/headers/";
    private static final String RATE_LIMIT_NOTE = "; absent when the limits could not be counted (they then fail"
            + " open)";
    private static final String[] RATE_LIMIT_HEADERS = { "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
        "RateLimit-Policy" };
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private EdgeAnswers() {
    }

    static void add(ObjectNode merged) {
        ObjectNode components = (ObjectNode) merged.path("components");
        addHeaders(components.withObjectProperty("headers"));
        merged.path("paths").forEach(item -> item.properties().forEach(entry -> {
            if (entry.getValue() instanceof ObjectNode operation && operation.has("responses")) {
                document((ObjectNode) operation.get("responses"));
            }
        }));
    }

    private static void document(ObjectNode responses) {
        responses.set("429", problem("Over the client's rate limit for this class of request; retry after"
                + " Retry-After seconds", true));
        responses.set("503", problem("The service that answers it is unavailable (down, or its circuit is open);"
                + " retry after Retry-After seconds when given", true));
        responses.set("504", problem("The service that answers it did not answer in time; a write may or may not"
                + " have been made: retry it with the same Idempotency-Key", false));
        Map<String, JsonNode> ordered = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            ObjectNode headers = ((ObjectNode) response.getValue()).withObjectProperty("headers");
            for (String header : RATE_LIMIT_HEADERS) {
                headers.set(header, ref(header));
            }
            headers.set(ALLOW_ORIGIN, ref(ALLOW_ORIGIN));
            ordered.put(response.getKey(), response.getValue());
        }
        responses.removeAll();
        ordered.forEach(responses::set);
    }

    private static ObjectNode problem(String description, boolean retryAfter) {
        ObjectNode response = JSON.objectNode().put("description", description);
        response.putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
        ObjectNode headers = response.putObject("headers");
        if (retryAfter) {
            headers.set("Retry-After", ref("Retry-After"));
        }
        headers.putObject("X-Request-Id").put("$ref", HEADERS + "RequestId");
        return response;
    }

    private static ObjectNode ref(String header) {
        return JSON.objectNode().put("$ref", HEADERS + header);
    }

    private static void addHeaders(ObjectNode headers) {
        headers.set("RateLimit-Limit", header("Requests allowed to this client in the current window, for this"
                + " class of request (public reads, signed-in reads, writes)" + RATE_LIMIT_NOTE, integer(1, 1_000_000)));
        headers.set("RateLimit-Remaining", header("Requests left to this client in the current window"
                + RATE_LIMIT_NOTE, integer(0, 1_000_000)));
        headers.set("RateLimit-Reset", header("Seconds until the current window ends" + RATE_LIMIT_NOTE,
                integer(1, 86_400)));
        headers.set("RateLimit-Policy", header("The limit and its window in seconds, e.g. 300;w=60"
                + RATE_LIMIT_NOTE, JSON.objectNode().put("type", "string").put("maxLength", 40)
                        .put("pattern", "^\\d+;w=\\d+$")));
        headers.set("Retry-After", header("Seconds to wait before trying again", integer(1, 86_400)));
        headers.set(ALLOW_ORIGIN, header("When the request has an Origin: * for reads without credentials, or that"
                + " origin when it is on the gateway's allow-list (docs/integrators.md, cross-origin calls)",
                JSON.objectNode().put("type", "string").put("maxLength", 300)
                        .put("pattern", "^(\\*|https?://[^/\\s]+)$")));
    }

    private static ObjectNode header(String description, ObjectNode schema) {
        ObjectNode header = JSON.objectNode().put("description", description);
        header.set("schema", schema);
        return header;
    }

    private static ObjectNode integer(int minimum, int maximum) {
        return JSON.objectNode().put("type", "integer").put("format", "int32").put("minimum", minimum)
                .put("maximum", maximum);
    }
}
