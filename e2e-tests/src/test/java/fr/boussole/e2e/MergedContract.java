package fr.boussole.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/** The merged OpenAPI document of the suite (openapi/boussole-api.yaml), as the tests walk it. */
final class MergedContract {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    /** One operation: "METHOD /path" and its definition. */
    record Operation(String method, String path, Map<String, Object> definition) {

        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return definition.containsKey("requestBody");
        }
    }

    private final Map<String, Object> document;

    private MergedContract(Map<String, Object> document) {
        this.document = document;
    }

    static MergedContract read() {
        try (InputStream in = Files.newInputStream(ROOT.resolve("openapi/boussole-api.yaml"))) {
            return new MergedContract(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation, in the document's order. */
    @SuppressWarnings("unchecked")
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach(
                (method, definition) -> {
                    if (METHODS.contains(method)) {
                        operations.add(new Operation(method.toUpperCase(), path, (Map<String, Object>) definition));
                    }
                }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> schemas() {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("schemas");
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> parameters() {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components"))
                .get("parameters");
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> headers() {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("headers");
    }
}
