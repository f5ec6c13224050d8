package fr.boussole.commons.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The suite's one rule for absent values, written into the contract: the services never send {@code null}
 * ({@code NullsOmitted}); a property without a value is left out. So a schema that only answers carry (a view)
 * lists every property as {@code required} except those that may have no value, which the code declares with
 * {@code @Schema(nullable = true)} on the record component; the {@code "null"} type the generator writes for them is
 * dropped, since a null is never on the wire. Generated clients then type a view's properties as always there,
 * and the optional ones as optional, not as "maybe null".
 * <p>
 * A schema that requests also carry (a draft, a value type) keeps the {@code required} its validation states:
 * marking all its properties required would oblige clients to send what the service does not need.
 */
final class PresentProperties {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private PresentProperties() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> written = new HashSet<>();
        Set<String> read = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> reach(parameter, components, written));
            }
            item.getOperations().values().forEach(operation -> collect(operation, components, written, read));
        });
        components.forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            boolean view = read.contains(name) && !written.contains(name);
            List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((property, definition) -> {
                Schema withoutNull = withoutNull(definition);
                if (view && withoutNull == null && !required.contains(property)) {
                    required.add(property);
                }
                properties.put(property, withoutNull == null ? definition : withoutNull);
            });
            schema.setProperties(properties);
            schema.setRequired(required.isEmpty() ? null : required);
        });
    }

    private static void collect(Operation operation, Map<String, Schema> components, Set<String> written,
            Set<String> read) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> reach(parameter, components, written));
        }
        if (operation.getRequestBody() != null) {
            reach(operation.getRequestBody().getContent(), components, written);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    reach(response.getContent(), components, read);
                }
            });
        }
    }

    private static void reach(Parameter parameter, Map<String, Schema> components, Set<String> names) {
        if (parameter.getSchema() != null) {
            reach(parameter.getSchema(), components, names);
        }
    }

    private static void reach(Content content, Map<String, Schema> components, Set<String> names) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().filter(media -> media.getSchema() != null)
                    .forEach(media -> reach(media.getSchema(), components, names));
        }
    }

    /** Adds the names of the component schemas a schema uses, directly or through others, to {@code names}. */
    private static void reach(Schema root, Map<String, Schema> components, Set<String> names) {
        Deque<Schema> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT_PREFIX)) {
                String name = ref.substring(COMPONENT_PREFIX.length());
                if (names.add(name) && components.containsKey(name)) {
                    pending.push(components.get(name));
                }
            }
            children(schema).forEach(pending::push);
        }
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        addAll(children, schema.getProperties() == null ? null : schema.getProperties().values());
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        addAll(children, schema.getAllOf());
        addAll(children, schema.getAnyOf());
        addAll(children, schema.getOneOf());
        return children;
    }

    private static void addAll(List<Schema> children, Collection<Schema> schemas) {
        if (schemas != null) {
            children.addAll(schemas);
        }
    }

    /**
     * For a property declared {@code @Schema(nullable = true)}, the same property without the {@code "null"} the
     * generator writes for it (in a type list, or as an alternative beside a reference); {@code null} for any other.
     * A reference gets a new schema: the generator keeps its nullability beside the type and would write the null
     * alternative again.
     */
    private static Schema withoutNull(Schema property) {
        List<Schema.SchemaType> types = property.getType();
        List<Schema> alternatives = property.getAnyOf() != null ? property.getAnyOf() : property.getOneOf();
        boolean nullType = types != null && types.contains(Schema.SchemaType.NULL);
        boolean nullAlternative = alternatives != null && alternatives.stream().anyMatch(PresentProperties::onlyNull);
        if (!nullType && !nullAlternative) {
            return null;
        }
        String ref = property.getRef() != null ? property.getRef()
                : nullAlternative && alternatives.size() == 2
                        ? alternatives.stream().filter(alternative -> !onlyNull(alternative)).findFirst()
                                .map(Schema::getRef).orElse(null)
                        : null;
        if (ref != null) {
            return OASFactory.createSchema().ref(ref).description(property.getDescription())
                    .examples(property.getExamples());
        }
        if (nullType) {
            property.setType(types.stream().filter(type -> type != Schema.SchemaType.NULL).toList());
        }
        if (nullAlternative) {
            List<Schema> rest = alternatives.stream().filter(alternative -> !onlyNull(alternative)).toList();
            if (property.getAnyOf() != null) {
                property.setAnyOf(rest);
            } else {
                property.setOneOf(rest);
            }
        }
        return property;
    }

    private static boolean onlyNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
