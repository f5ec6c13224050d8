package fr.boussole.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies from the contract's schemas: a valid one (each property's first example, else a value of its type,
 * format or enumeration), and mutations of it chosen by a seeded random source, so that a run can be replayed.
 * Mutations that need bytes no JSON tree can hold (a huge number literal, deep nesting, invalid UTF-8) are spliced
 * into the serialised body in place of a marker string.
 */
final class FuzzInputs {

    /** A body to send, and what was done to it. */
    record Body(String mutation, byte[] bytes, String contentType) {
    }

    /**
     * Mutations that a correct service refuses whatever the operation, by the contract alone; the others (a long
     * string where no maximum is stated, an extreme number, a payload in a text) may be accepted.
     */
    static final List<String> ALWAYS_REFUSED = List.of("missing required field", "extra field", "wrong type",
            "deep nesting", "invalid UTF-8", "not JSON", "JSON of another shape", "empty body");

    static final List<String> INJECTIONS = List.of("' OR '1'='1' --", "1; DROP TABLE assessment; --",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1389/x}", "{{7*7}}${7*7}", "../../../../etc/passwd",
            "nul\u0000byte", "%00%0d%0a", "line\r\nX-Injected: 1", "\u202Eevil", "😀🇫🇷 émoji", "$where: '1 == 1'",
            "=HYPERLINK(\"http://x\")");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARKER = "\u0001fuzz-marker\u0001";
    private static final int HUGE = 200_000;

    private final Map<String, Map<String, Object>> schemas;
    private final Random random;

    FuzzInputs(Map<String, Map<String, Object>> schemas, Random random) {
        this.schemas = schemas;
        this.random = random;
    }

    Body valid(Map<String, Object> schema) {
        return json("valid", validValue(schema, 0));
    }

    /** {@code count} mutations of the valid body, drawn from {@code allowed}. */
    List<Body> mutations(Map<String, Object> schema, int count, List<String> allowed) {
        List<Body> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = allowed.get(random.nextInt(allowed.size()));
            bodies.add(mutate(kind, schema));
        }
        return bodies;
    }

    private Body mutate(String kind, Map<String, Object> schema) {
        JsonNode valid = validValue(schema, 0);
        List<String> pointers = new ArrayList<>();
        collect(valid, "", pointers);
        String target = pointers.isEmpty() ? null : pointers.get(random.nextInt(pointers.size()));
        switch (kind) {
            case "missing required field": {
                List<String> required = requiredPointers(schema, valid, "");
                if (required.isEmpty()) {
                    return json(kind + " (none required: empty object)", NODES.objectNode());
                }
                String pointer = required.get(random.nextInt(required.size()));
                return json(kind + " " + pointer, without(valid, pointer));
            }
            case "extra field": {
                JsonNode copy = valid.deepCopy();
                if (copy instanceof ObjectNode object) {
                    object.put("unexpected" + random.nextInt(1000), "x");
                    object.putObject("__proto__").put("admin", true);
                }
                return json(kind, copy);
            }
            case "wrong type":
                return target == null ? json(kind + " (whole body)", NODES.textNode("x"))
                        : json(kind + " " + target, replaced(valid, target, otherType(valid.at(target))));
            case "string too long":
                return target == null ? raw(kind, "\"" + "A".repeat(HUGE) + "\"")
                        : json(kind + " " + target, replaced(valid, target, NODES.textNode("A".repeat(HUGE))));
            case "number out of range": {
                String literal = List.of("1e309", "-1e309", "99999999999999999999999999999", "-2147483649",
                        "9223372036854775808", "-0.000000000000000000001").get(random.nextInt(6));
                return spliced(kind + " " + literal + " at " + target, valid, target, literal);
            }
            case "deep nesting":
                return spliced(kind + " at " + target, valid, target, "[".repeat(5_000) + "]".repeat(5_000));
            case "invalid UTF-8":
                return splicedBytes(kind + " at " + target, valid, target,
                        new byte[] { '"', 'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'z', '"' });
            case "injection": {
                String payload = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
                List<String> strings = new ArrayList<>();
                collectStrings(valid, "", strings);
                String where = strings.isEmpty() ? target : strings.get(random.nextInt(strings.size()));
                return where == null ? json(kind + " (whole body)", NODES.textNode(payload))
                        : json(kind + " " + where + ": " + payload, replaced(valid, where, NODES.textNode(payload)));
            }
            case "not JSON":
                return raw(kind, List.of("{", "{\"a\":", "nul", "{'single':'quotes'}", "\u0000", "{\"a\":1,}")
                        .get(random.nextInt(6)));
            case "JSON of another shape": {
                List<String> shapes = "array".equals(type(resolve(schema)))
                        ? List.of("null", "{}", "\"text\"", "42", "true")
                        : List.of("null", "[]", "[{}]", "\"text\"", "42", "true");
                return raw(kind, shapes.get(random.nextInt(shapes.size())));
            }
            case "empty body":
                return new Body(kind, new byte[0], "application/json");
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    JsonNode validValue(Map<String, Object> schema, int depth) {
        Map<String, Object> resolved = resolve(schema);
        Object examples = resolved.get("examples");
        if (examples instanceof List<?> list && !list.isEmpty()) {
            return JSON.valueToTree(list.get(0));
        }
        if (resolved.containsKey("example")) {
            return JSON.valueToTree(resolved.get("example"));
        }
        if (resolved.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return JSON.valueToTree(values.get(0));
        }
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            if (resolved.get(combination) instanceof List<?> parts && !parts.isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> first = (Map<String, Object>) parts.get(0);
                return validValue(first, depth + 1);
            }
        }
        String type = type(resolved);
        return switch (type) {
            case "object" -> object(resolved, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                Object items = resolved.get("items");
                if (items instanceof Map<?, ?> && depth < 8) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> itemSchema = (Map<String, Object>) items;
                    array.add(validValue(itemSchema, depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(number(resolved, 1).longValue());
            case "number" -> NODES.numberNode(number(resolved, 1).doubleValue());
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(string(resolved));
        };
    }

    private JsonNode object(Map<String, Object> schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth >= 8 || !(schema.get("properties") instanceof Map<?, ?> properties)) {
            return object;
        }
        properties.forEach((name, property) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> propertySchema = (Map<String, Object>) property;
            object.set((String) name, validValue(propertySchema, depth + 1));
        });
        return object;
    }

    private static Number number(Map<String, Object> schema, Number otherwise) {
        Object minimum = schema.get("minimum");
        return minimum instanceof Number n ? n : otherwise;
    }

    private static String string(Map<String, Object> schema) {
        String format = String.valueOf(schema.get("format"));
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> LocalDate.now().toString();
            case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).toString();
            case "uri", "url" -> "https://example.org/fuzz";
            case "email" -> "fuzz@example.org";
            default -> "fuzz";
        };
    }

    private static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) { // 3.1: ["string", "null"]
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        if (type == null) {
            return schema.containsKey("properties") ? "object" : "string";
        }
        return String.valueOf(type);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema;
        for (int hops = 0; current.get("$ref") instanceof String ref && hops < 10; hops++) {
            current = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current == null ? Map.of() : current;
    }

    @SuppressWarnings("unchecked")
    private List<String> requiredPointers(Map<String, Object> schema, JsonNode value, String at) {
        Map<String, Object> resolved = resolve(schema);
        List<String> pointers = new ArrayList<>();
        if (resolved.get("required") instanceof List<?> required) {
            required.forEach(name -> {
                if (value.has((String) name)) {
                    pointers.add(at + "/" + name);
                }
            });
        }
        if (resolved.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, property) -> {
                JsonNode child = value.get((String) name);
                if (child != null && child.isObject()) {
                    pointers.addAll(requiredPointers((Map<String, Object>) property, child, at + "/" + name));
                }
            });
        }
        return pointers;
    }

    private static void collect(JsonNode node, String at, List<String> pointers) {
        if (!at.isEmpty()) {
            pointers.add(at);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), at + "/" + name, pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, pointers);
            }
        }
    }

    private static void collectStrings(JsonNode node, String at, List<String> pointers) {
        if (node.isTextual()) {
            pointers.add(at);
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collectStrings(node.get(name), at + "/" + name, pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectStrings(node.get(i), at + "/" + i, pointers);
            }
        }
    }

    private static JsonNode otherType(JsonNode value) {
        if (value.isTextual()) {
            return NODES.numberNode(12345);
        }
        if (value.isNumber()) {
            return NODES.textNode("not a number");
        }
        if (value.isBoolean()) {
            return NODES.textNode("yes");
        }
        if (value.isArray()) {
            return NODES.objectNode().put("not", "an array");
        }
        return NODES.arrayNode().add(1);
    }

    private static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static JsonNode without(JsonNode root, String pointer) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
        if (parent instanceof ObjectNode object) {
            object.remove(pointer.substring(pointer.lastIndexOf('/') + 1));
        }
        return copy;
    }

    private Body spliced(String mutation, JsonNode valid, String target, String literal) {
        return splicedBytes(mutation, valid, target, literal.getBytes(StandardCharsets.UTF_8));
    }

    private Body splicedBytes(String mutation, JsonNode valid, String target, byte[] literal) {
        String text = target == null ? "\"" + MARKER + "\""
                : serialise(replaced(valid, target, NODES.textNode(MARKER)));
        String quotedMarker = serialise(NODES.textNode(MARKER));
        int at = text.indexOf(quotedMarker);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(literal);
        bytes.writeBytes(text.substring(at + quotedMarker.length()).getBytes(StandardCharsets.UTF_8));
        return new Body(mutation, bytes.toByteArray(), "application/json");
    }

    private static Body json(String mutation, JsonNode value) {
        return new Body(mutation, serialise(value).getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static Body raw(String mutation, String text) {
        return new Body(mutation, text.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static String serialise(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
