package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.commons.testing.PathForms;
import fr.boussole.e2e.AuthorizationMatrix.Caller;
import fr.boussole.e2e.AuthorizationMatrix.Row;
import fr.boussole.e2e.MergedContract.Operation;

/**
 * Contract fuzzing: for every operation of the merged contract, a valid request and mutated ones (wrong types,
 * missing and extra fields, huge strings and numbers, deep nesting, invalid UTF-8, injection payloads in strings,
 * path and query parameters and the idempotency key), sent straight to the service that owns the path (the
 * gateway's rate limits would otherwise pace the run), as a caller the authorization matrix lets through. Every
 * answer must be below 500, among the operation's documented responses, a problem+json body for a 4xx, a JSON body
 * of a 2xx must match the schema the contract documents for it, and a refused write must leave what the service
 * shows of the object (or the count of its collection) unchanged.
 *
 * <p>
 * A run is a seed: {@code -Dboussole.fuzz.seed} (default fixed, for CI) and {@code -Dboussole.fuzz.cases} body
 * mutations per operation (default 6). The long run: {@code bin/suite fuzz [cases] [seed]}. Operations that would
 * erase data the suite relies on are left out (the {@code -} cells of the matrix); on operations that create shared
 * content (curation, aids, questionnaires, evaluations) only mutations the contract itself refuses are sent, and
 * any success is a failure.
 */
class ContractFuzzIT {

    private static final long SEED = Long.getLong("boussole.fuzz.seed", 20_261_127L);
    private static final int CASES = Integer.getInteger("boussole.fuzz.cases", 6);
    private static final Set<String> SHARED_CONTENT_WRITES = Set.of(
            "POST /api/v1/assessments/questionnaires",
            "POST /api/v1/catalogue/curation/use-cases",
            "POST /api/v1/directory/curation/partners",
            "POST /api/v1/directory/aids",
            "POST /api/v1/directory/aids/import",
            "PUT /api/v1/directory/partners/{slug}/evaluations/mine",
            "DELETE /api/v1/directory/partners/{slug}/evaluations/mine");
    private static final List<String> ALL_MUTATIONS = List.of("missing required field", "extra field", "wrong type",
            "string too long", "number out of range", "deep nesting", "invalid UTF-8", "injection", "not JSON",
            "JSON of another shape", "empty body");
    private static final List<String> PATH_PAYLOADS = List.of("%27%20OR%20%271%27%3D%271", "..%2F..%2Fetc%2Fpasswd",
            "A".repeat(3_000), "-1", "0", "%2500", "null", "%F0%9F%98%80", "%C3%28", "%00", "%3Cscript%3E");
    private static final List<String> QUERY_PAYLOADS = List.of("-1", "0", "abc", "99999999999999999999",
            "A".repeat(3_000), "%27%20OR%201%3D1--", "%C3%28", "2026-13-45", "", "%00", "1e309");
    private static final List<String> IDEMPOTENCY_KEYS = List.of("A".repeat(5_000), "' OR 1=1--", "../x", " ");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> answers = new TreeMap<>();
    private final List<Map.Entry<Caller, String>> made = new ArrayList<>();
    private final ContractSchemas schemas = new ContractSchemas();

    @Test
    void everyOperationHoldsAgainstValidAndMutatedRequests() throws Exception {
        MergedContract contract = MergedContract.read();
        Set<String> readablePaths = contract.operations().stream()
                .filter(operation -> operation.method().equals("GET")).map(Operation::path)
                .collect(Collectors.toSet());
        AuthorizationMatrix matrix = AuthorizationMatrix.read(AuthorizationMatrixIT.TABLE);
        FuzzInputs inputs = new FuzzInputs(contract.schemas(), random);
        MatrixObjects objects = new MatrixObjects();
        List<String> skipped = new ArrayList<>();
        int sent = 0;
        try {
            for (Operation operation : contract.operations()) {
                Optional<Caller> caller = callerLetThrough(matrix.rows().get(operation.key()));
                if (caller.isEmpty()) {
                    skipped.add(operation.key());
                    continue;
                }
                for (Attempt attempt : attempts(operation, inputs, contract)) {
                    check(operation, caller.get(), attempt, objects, readablePaths);
                    sent++;
                }
            }
        } finally {
            objects.removeWhatWasMade();
            removeWhatTheRunMade();
        }
        System.out.printf("Contract fuzzing, seed %d, %d body mutations per operation: %d requests, answers %s;"
                + " left out (no caller may run them here): %s%n", SEED, CASES, sent, answers, skipped);
        assertThat(failures).as("seed %d: rerun with -Dboussole.fuzz.seed=%d", SEED, SEED).isEmpty();
    }

    /** What a valid request created and the contract lets its caller delete (an embed key, say), deleted. */
    private void removeWhatTheRunMade() throws IOException, InterruptedException {
        for (Map.Entry<Caller, String> creation : made) {
            URI location = URI.create(creation.getValue());
            HttpRequest.Builder delete = HttpRequest.newBuilder(location.isAbsolute() ? location
                    : URI.create(Suite.serviceOf(location.getPath()) + location.getPath())).DELETE();
            String token = creation.getKey().token();
            if (token != null) {
                delete.header("Authorization", "Bearer " + token);
            }
            http.send(delete.build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /**
     * One request of the run: what was changed, and the path, query, headers and body to send; {@code pathForm}
     * names a non-canonical form of the path ({@link PathForms}) to send instead of the path itself.
     */
    private record Attempt(String mutation, Map<String, String> pathOverrides, Map<String, String> query,
            Map<String, String> headers, FuzzInputs.Body body, String pathForm) {

        Attempt(String mutation, Map<String, String> pathOverrides, Map<String, String> query,
                Map<String, String> headers, FuzzInputs.Body body) {
            this(mutation, pathOverrides, query, headers, body, null);
        }

        boolean mutated() {
            return !mutation.equals("valid");
        }
    }

    private List<Attempt> attempts(Operation operation, FuzzInputs inputs, MergedContract contract) {
        List<Attempt> attempts = new ArrayList<>();
        boolean shared = SHARED_CONTENT_WRITES.contains(operation.key());
        Map<String, Object> schema = bodySchema(operation);
        if (!shared) {
            attempts.add(new Attempt("valid", Map.of(), Map.of(), Map.of(),
                    schema == null ? null : inputs.valid(schema)));
        }
        if (schema != null) {
            inputs.mutations(schema, CASES, shared ? FuzzInputs.ALWAYS_REFUSED : ALL_MUTATIONS).forEach(body -> attempts
                    .add(new Attempt("body: " + body.mutation(), Map.of(), Map.of(), Map.of(), body)));
        }
        FuzzInputs.Body validBody = schema == null ? null : inputs.valid(schema);
        for (String variable : pathVariables(operation.path())) {
            String payload = pick(PATH_PAYLOADS);
            attempts.add(new Attempt("path {" + variable + "} = " + abbreviated(payload), Map.of(variable, payload),
                    Map.of(), Map.of(), shared ? null : validBody));
        }
        // the raw backslash is no URI a client library sends; AuthorizationMatrixIT sends it over a socket
        List<String> forms = PathForms.of(operation.path()).keySet().stream()
                .filter(form -> !form.equals("backslash")).toList();
        String form = pick(forms);
        attempts.add(new Attempt("path form: " + form, Map.of(), Map.of(), Map.of(), shared ? null : validBody, form));
        List<Map<String, Object>> parameters = parameters(operation, contract);
        List<String> queryNames = parameters.stream().filter(p -> "query".equals(p.get("in")))
                .map(p -> (String) p.get("name")).toList();
        for (int i = 0; i < Math.min(queryNames.size(), Math.max(1, CASES / 2)); i++) {
            String name = pick(queryNames);
            String payload = pick(QUERY_PAYLOADS);
            attempts.add(new Attempt("query " + name + "=" + abbreviated(payload), Map.of(), Map.of(name, payload),
                    Map.of(), shared ? null : validBody));
        }
        if (parameters.stream().anyMatch(p -> "Idempotency-Key".equals(p.get("name"))) && !shared) {
            String key = pick(IDEMPOTENCY_KEYS);
            attempts.add(new Attempt("Idempotency-Key " + abbreviated(key), Map.of(), Map.of(),
                    Map.of("Idempotency-Key", key), validBody));
        }
        return attempts;
    }

    private void check(Operation operation, Caller caller, Attempt attempt, MatrixObjects objects,
            Set<String> readablePaths) throws Exception {
        String template = operation.path();
        Optional<String> before = attempt.mutated() && !operation.method().equals("GET")
                ? snapshot(operation, caller, objects, readablePaths) : Optional.empty();
        HttpResponse<byte[]> response = send(operation, caller, attempt, objects);
        int status = response.statusCode();
        answers.merge(Integer.toString(status), 1, Integer::sum);
        String what = operation.key() + " as " + caller.header + ", " + attempt.mutation() + ": " + status;
        if (status >= 500) {
            failures.add(what + " " + abbreviated(new String(response.body(), StandardCharsets.UTF_8)));
            return;
        }
        if (status / 100 == 2 && SHARED_CONTENT_WRITES.contains(operation.key())) {
            failures.add(what + ": accepted, though the contract refuses it");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> documented = (Map<String, Object>) operation.definition().get("responses");
        if (!documented.containsKey(Integer.toString(status))) {
            failures.add(what + " is not among the documented responses " + documented.keySet());
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode problem = type.startsWith("application/problem+json") ? JSON.readTree(response.body()) : null;
            if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText()
                    .isBlank()) {
                failures.add(what + " is not a problem: " + type + " "
                        + abbreviated(new String(response.body(), StandardCharsets.UTF_8)));
            }
            if (before.isPresent()) {
                Optional<String> after = snapshot(operation, caller, objects, readablePaths);
                if (!before.equals(after)) {
                    failures.add(what + " was refused but changed what the service shows: " + abbreviated(
                            before.get()) + " → " + after.map(ContractFuzzIT::abbreviated).orElse("nothing"));
                }
            }
        } else if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            schemas.violations(operation, status, response.body())
                    .forEach(violation -> failures.add(what + " does not match its schema: " + violation));
        }
        if (status / 100 != 2) {
            return;
        }
        if (operation.method().equals("DELETE")) {
            objects.consumed(template);
        } else if (status == 201) {
            response.headers().firstValue("Location").ifPresent(location -> made.add(Map.entry(caller, location)));
        }
    }

    /**
     * What the service shows of the object a write addresses (the GET of the same path), or the size of the
     * collection a POST adds to; empty when there is no such read for this caller.
     */
    private Optional<String> snapshot(Operation operation, Caller caller, MatrixObjects objects,
            Set<String> readablePaths) throws Exception {
        String path = operation.path();
        if (!readablePaths.contains(path) || path.contains("/deliveries")) {
            return Optional.empty();
        }
        HttpResponse<byte[]> read = send(new Operation("GET", path, Map.of()), caller,
                new Attempt("snapshot", Map.of(), Map.of(), Map.of(), null), objects);
        if (read.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode body = JSON.readTree(read.body());
        return Optional.of(operation.method().equals("POST") && body.has("total") ? "total " + body.get("total")
                : body.toString());
    }

    private HttpResponse<byte[]> send(Operation operation, Caller caller, Attempt attempt, MatrixObjects objects)
            throws IOException, InterruptedException {
        String path = operation.path();
        for (Map.Entry<String, String> override : attempt.pathOverrides().entrySet()) {
            path = path.replace("{" + override.getKey() + "}", override.getValue());
        }
        path = objects.resolve(path);
        if (attempt.pathForm() != null) {
            path = PathForms.of(path).get(attempt.pathForm());
        }
        Map<String, String> query = new TreeMap<>();
        objects.query(operation.path()).forEach((name, value) -> query.put(name, encoded(value)));
        query.putAll(attempt.query());
        String queryString = query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Suite.serviceOf(operation.path()) + path
                + queryString)).timeout(Duration.ofSeconds(30));
        String token = caller.token();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        attempt.headers().forEach(request::header);
        FuzzInputs.Body body = attempt.body();
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        request.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first caller the matrix lets through (any answer but a refusal); none for the left-out operations. */
    private static Optional<Caller> callerLetThrough(Row row) {
        if (row == null || row.expected().containsValue(AuthorizationMatrix.NOT_SENT)) {
            return Optional.empty();
        }
        return row.expected().entrySet().stream()
                .filter(cell -> !Set.of("401", "403", "404").contains(cell.getValue()))
                .map(Map.Entry::getKey).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodySchema(Operation operation) {
        if (!(operation.definition().get("requestBody") instanceof Map<?, ?> requestBody)) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        return json == null ? null : (Map<String, Object>) json.get("schema");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Operation operation, MergedContract contract) {
        List<Map<String, Object>> parameters = new ArrayList<>();
        if (operation.definition().get("parameters") instanceof List<?> list) {
            for (Object parameter : list) {
                Map<String, Object> definition = (Map<String, Object>) parameter;
                if (definition.get("$ref") instanceof String ref) {
                    definition = contract.parameters().get(ref.substring(ref.lastIndexOf('/') + 1));
                }
                parameters.add(definition);
            }
        }
        return parameters;
    }

    private static List<String> pathVariables(String path) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = PATH_VARIABLE.matcher(path);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
    }
}
