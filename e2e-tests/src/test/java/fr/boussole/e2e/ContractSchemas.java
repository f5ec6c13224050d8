package fr.boussole.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an answer's JSON body against the schema the merged contract (openapi/boussole-api.yaml) documents for its
 * operation and status, with the OpenAPI 3.1 dialect of JSON Schema: what the services send is what the frontend
 * teams and CRMs were promised, field by field. As the contract says, the API never sends null (a property without a
 * value is left out), so a null member is reported like any other value the schema does not allow, and a required
 * property left out is reported missing.
 */
final class ContractSchemas {

    private static final String CONTRACT = "https://boussole-ia.fr/openapi/boussole-api.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new HashMap<>();

    ContractSchemas() {
        try {
            String document = Files.readString(MergedContract.ROOT.resolve("openapi/boussole-api.yaml"));
            registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemas(Map.of(CONTRACT, document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with a JSON body answered to an operation with a status: empty when it matches the documented
     * schema, or when the contract documents no JSON schema for that answer.
     */
    List<String> violations(MergedContract.Operation operation, int status, byte[] body) {
        if (!documents(operation, status)) {
            return List.of();
        }
        String pointer = "/paths/" + escaped(operation.path()) + "/" + operation.method().toLowerCase()
                + "/responses/" + status + "/content/" + escaped("application/json") + "/schema";
        Schema schema = schemas.computeIfAbsent(pointer, ignored -> registry.getSchema(
                SchemaLocation.of(CONTRACT + "#" + pointer)));
        return schema.validate(JSON.readTree(body)).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    @SuppressWarnings("unchecked")
    private static boolean documents(MergedContract.Operation operation, int status) {
        Map<String, Object> responses = (Map<String, Object>) operation.definition().get("responses");
        Map<String, Object> response = (Map<String, Object>) responses.get(Integer.toString(status));
        Map<String, Object> content = response == null ? null : (Map<String, Object>) response.get("content");
        return content != null && content.get("application/json") instanceof Map<?, ?> json
                && json.containsKey("schema");
    }

    /** A path segment of a JSON pointer (RFC 6901). */
    private static String escaped(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
