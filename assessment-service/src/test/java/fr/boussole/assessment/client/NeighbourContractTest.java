package fr.boussole.assessment.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fr.boussole.commons.testing.OpenApiContract;

/**
 * Consumer test: every call assessment-service makes to its neighbours is checked against the neighbour's committed
 * contract ({@code openapi/<service>.yaml}), so a change of either side that breaks the other fails here, before
 * anything runs together. For each client method: the operation exists (method and path), its query and path
 * parameters are the producer's, what it sends is declared by the producer (which refuses unknown fields), and every
 * field it reads is in the producer's answer with a type that reads into it; a field read into a primitive must be
 * one the producer always sends.
 */
class NeighbourContractTest {

    private static final Map<Class<?>, String> PRODUCERS = Map.of(
            CatalogueApi.class, "catalogue-service",
            CataloguePrivacyApi.class, "catalogue-service",
            DirectoryApi.class, "directory-service",
            DirectoryPrivacyApi.class, "directory-service");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestFactory
    Stream<DynamicTest> everyCallToANeighbourIsOneOfItsOperations() {
        return PRODUCERS.entrySet().stream().flatMap(client -> Stream.of(client.getKey().getDeclaredMethods())
                .map(method -> DynamicTest.dynamicTest(client.getKey().getSimpleName() + "." + method.getName(),
                        () -> assertThat(problems(client.getKey(), method, contract(client.getValue()))).isEmpty())));
    }

    @Test
    void theCheckFindsAFieldTheProducerDoesNotSend() throws Exception {
        record Wrong(String slug, int popularity, List<Integer> sectors) {
        }
        JsonNode contract = contract("catalogue-service");
        JsonNode useCase = contract.at("/components/schemas/UseCaseSummary");
        List<String> problems = new ArrayList<>();
        readable(Wrong.class, useCase, contract, "UseCaseSummary", problems);
        assertThat(problems).containsExactly(
                "UseCaseSummary.popularity: not in the producer's schema",
                "UseCaseSummary.sectors[]: a string, read as class java.lang.Integer");
    }

    private static JsonNode contract(String service) {
        try {
            return YAML.readTree(OpenApiContract.repositoryRoot().resolve("openapi/" + service + ".yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problems(Class<?> client, Method method, JsonNode contract) {
        List<String> problems = new ArrayList<>();
        String path = client.getAnnotation(Path.class).value()
                + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class) ? "post"
                : method.isAnnotationPresent(DELETE.class) ? "delete" : "?";
        JsonNode operation = contract.path("paths").path(path).path(verb);
        if (operation.isMissingNode()) {
            return List.of(verb.toUpperCase() + " " + path + ": no such operation");
        }
        Set<String> parameters = new HashSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter, contract);
            parameters.add(resolved.path("in").asText() + " " + resolved.path("name").asText());
        }
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(QueryParam.class)) {
                expect(parameters, "query " + parameter.getAnnotation(QueryParam.class).value(), problems);
            } else if (parameter.isAnnotationPresent(PathParam.class)) {
                expect(parameters, "path " + parameter.getAnnotation(PathParam.class).value(), problems);
            } else if (!parameter.isAnnotationPresent(HeaderParam.class)) {
                JsonNode body = operation.at("/requestBody/content/application~1json/schema");
                if (body.isMissingNode()) {
                    problems.add(verb + " " + path + ": takes no JSON body");
                } else {
                    sendable(parameter.getType(), resolve(body, contract), contract, "body", problems);
                }
            }
        }
        JsonNode answer = operation.at("/responses/200/content/application~1json/schema");
        if (answer.isMissingNode()) {
            problems.add(verb + " " + path + ": answers no JSON");
        } else if (method.getReturnType() != JsonNode.class) {
            readable(method.getGenericReturnType(), answer, contract, method.getReturnType().getSimpleName(),
                    problems);
        }
        return problems;
    }

    private static void expect(Set<String> parameters, String parameter, List<String> problems) {
        if (!parameters.contains(parameter)) {
            problems.add(parameter + ": not a parameter of the operation");
        }
    }

    /** Every field of what is sent is declared, with a type the producer accepts. */
    private static void sendable(Class<?> type, JsonNode schema, JsonNode contract, String where,
            List<String> problems) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(component.getName());
            if (property.isMissingNode()) {
                problems.add(where + "." + component.getName() + ": not accepted by the producer");
            } else {
                compatible(component.getGenericType(), resolve(property, contract), contract,
                        where + "." + component.getName(), problems, false);
            }
        }
    }

    /** Every field read is one the producer sends, with a type that reads into the field. */
    private static void readable(Type type, JsonNode schema, JsonNode contract, String where, List<String> problems) {
        compatible(type, resolve(schema, contract), contract, where, problems, true);
    }

    private static void compatible(Type type, JsonNode schema, JsonNode contract, String where,
            List<String> problems, boolean reading) {
        String kind = schema.path("type").asText(schema.has("properties") ? "object" : "");
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == JsonNode.class) {
            return;
        }
        String expected = raw == String.class || raw == LocalDate.class ? "string"
                : raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class ? "integer"
                : raw == boolean.class || raw == Boolean.class ? "boolean"
                : List.class.isAssignableFrom(raw) ? "array" : "object";
        if (!expected.equals(kind)) {
            problems.add(where + ": a" + (kind.isEmpty() ? "n untyped value" : " " + kind) + ", read as " + type);
            return;
        }
        if (raw.isRecord() && reading) {
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode property = schema.path("properties").path(component.getName());
                if (property.isMissingNode()) {
                    problems.add(where + "." + component.getName() + ": not in the producer's schema");
                    continue;
                }
                if (component.getType().isPrimitive() && !required.contains(component.getName())) {
                    problems.add(where + "." + component.getName() + ": read into a primitive but not required");
                }
                compatible(component.getGenericType(), resolve(property, contract), contract,
                        where + "." + component.getName(), problems, true);
            }
        } else if (raw == List.class) {
            compatible(((ParameterizedType) type).getActualTypeArguments()[0], resolve(schema.path("items"), contract),
                    contract, where + "[]", problems, reading);
        } else if (raw == Map.class) {
            Type values = ((ParameterizedType) type).getActualTypeArguments()[1];
            schema.path("properties").properties().forEach(property -> compatible(values,
                    resolve(property.getValue(), contract), contract, where + "." + property.getKey(), problems,
                    reading));
            if (schema.path("additionalProperties").isObject()) {
                compatible(values, resolve(schema.path("additionalProperties"), contract), contract, where + ".*",
                        problems, reading);
            }
        }
    }

    /** The schema a {@code $ref} names (its siblings, such as a description, say nothing of the shape). */
    private static JsonNode resolve(JsonNode schema, JsonNode contract) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = contract.at(resolved.path("$ref").asText().substring(1));
        }
        return resolved;
    }
}
