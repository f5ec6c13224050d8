package fr.boussole.gateway.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into the one the gateway serves: every path (each belongs to one service),
 * the tags in service order, and the components, once when services define them alike. A component two services
 * define differently is renamed in the later service's document, with the service's name before it
 * ({@code Order} becomes {@code DirectoryOrder}), and every reference to it follows.
 */
final class ContractMerge {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ContractMerge() {
    }

    /** Service name (e.g. {@code directory}) to its document, in the order they are merged. */
    static ObjectNode merge(Map<String, ObjectNode> services, ObjectNode info) {
        ObjectNode merged = JSON.objectNode();
        ObjectNode first = services.values().iterator().next();
        merged.set("openapi", first.get("openapi"));
        merged.set("info", info);
        merged.set("servers", first.get("servers"));
        merged.path("servers").forEach(server -> ((ObjectNode) server).put("description", "The gateway bin/suite up"
                + " starts, for local development; a deployment serves the same API over HTTPS at its own address")
                .put("x-internal", false));
        ArrayNode tags = merged.putArray("tags");
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, Map<String, JsonNode>> components = new TreeMap<>();
        for (Map.Entry<String, ObjectNode> service : services.entrySet()) {
            ObjectNode document = service.getValue().deepCopy();
            renameConflicts(service.getKey(), document, components);
            document.path("tags").forEach(tags::add);
            document.path("paths").fields().forEachRemaining(path -> {
                if (paths.put(path.getKey(), path.getValue()) != null) {
                    throw new IllegalStateException("Path " + path.getKey() + " is served by two services");
                }
            });
            document.path("components").fields().forEachRemaining(section -> section.getValue().fields()
                    .forEachRemaining(component -> components.computeIfAbsent(section.getKey(), key -> new TreeMap<>())
                            .putIfAbsent(component.getKey(), component.getValue())));
        }
        ObjectNode mergedPaths = merged.putObject("paths");
        paths.forEach(mergedPaths::set);
        ObjectNode mergedComponents = merged.putObject("components");
        components.forEach((section, items) -> {
            ObjectNode node = mergedComponents.putObject(section);
            items.forEach(node::set);
        });
        return merged;
    }

    /** Renames, in this service's document, the components already merged under the same name with another body. */
    private static void renameConflicts(String service, ObjectNode document,
            Map<String, Map<String, JsonNode>> merged) {
        Map<String, String> renamed = new LinkedHashMap<>();
        JsonNode sections = document.path("components");
        List<String> sectionNames = new ArrayList<>();
        sections.fieldNames().forEachRemaining(sectionNames::add);
        for (String section : sectionNames) {
            ObjectNode items = (ObjectNode) sections.get(section);
            List<String> names = new ArrayList<>();
            items.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode already = merged.getOrDefault(section, Map.of()).get(name);
                if (already != null && !already.equals(items.get(name))) {
                    String newName = Character.toUpperCase(service.charAt(0)) + service.substring(1) + name;
                    items.set(newName, items.remove(name));
                    renamed.put("#/components/" + section + "/" + name, "#/components/" + section + "/" + newName);
                }
            }
        }
        if (!renamed.isEmpty()) {
            rewriteReferences(document, renamed);
        }
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode reference = object.get("$ref");
            if (reference != null && renamed.containsKey(reference.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(reference.asText())));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext();) {
                rewriteReferences(children.next(), renamed);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteReferences(child, renamed));
        }
    }
}
