package fr.boussole.commons.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Names the content in the texts of the shared curation endpoints ({@code fr.boussole.commons.workflow.CurationResource}): each service's
 * resource tags its operations with a tag carrying an {@code x-curation} extension, e.g.
 * {@code {"item": "use case", "example": "tri-candidatures", "creation": "…", "publication": "…"}}, and this fills
 * {@code {item}}, {@code {items}}, {@code {Item}} (sentence case), {@code {ItemId}} and {@code {ItemsId}} (for
 * operation ids), {@code {example}}, {@code {creation}} and {@code {publication}} in that tag's operations. The
 * extension itself is not part of the published contract.
 */
final class CurationTexts {

    static final String EXTENSION = "x-curation";

    private CurationTexts() {
    }

    static void fill(OpenAPI openAPI) {
        if (openAPI.getTags() == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, UnaryOperator<String>> byTag = new LinkedHashMap<>();
        for (Tag tag : openAPI.getTags()) {
            if (tag.getExtensions() != null && tag.getExtensions().get(EXTENSION) instanceof Map<?, ?> vocabulary) {
                byTag.put(tag.getName(), words(vocabulary));
                tag.removeExtension(EXTENSION);
            }
        }
        Map<String, Operation> byId = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            List<String> tags = operation.getTags() == null ? List.of() : operation.getTags();
            tags.stream().filter(byTag::containsKey).findFirst().ifPresent(tag -> fill(operation, byTag.get(tag)));
            byId.put(operation.getOperationId(), operation);
        }));
        byTag.values().forEach(words -> describeCreatedBody(byId.get(words.apply("create{ItemId}")),
                byId.get(words.apply("getCurated{ItemId}"))));
    }

    /**
     * The generator documents a body for the default status (200) only: the creation's 201 answers the same
     * representation as the read of one, and says so, so that clients get the new draft back.
     */
    private static void describeCreatedBody(Operation create, Operation read) {
        if (create == null || read == null) {
            return;
        }
        APIResponse created = create.getResponses().getAPIResponse("201");
        APIResponse found = read.getResponses().getAPIResponse("200");
        if (created != null && created.getContent() == null && found != null) {
            created.setContent(found.getContent());
        }
    }

    private static UnaryOperator<String> words(Map<?, ?> vocabulary) {
        String item = text(vocabulary, "item");
        String items = item + "s";
        Map<String, String> words = Map.of(
                "{item}", item,
                "{items}", items,
                "{Item}", Character.toUpperCase(item.charAt(0)) + item.substring(1),
                "{ItemId}", identifier(item),
                "{ItemsId}", identifier(items),
                "{example}", text(vocabulary, "example"),
                "{creation}", text(vocabulary, "creation"),
                "{publication}", text(vocabulary, "publication"));
        return text -> {
            if (text == null) {
                return null;
            }
            String filled = text;
            for (Map.Entry<String, String> word : words.entrySet()) {
                filled = filled.replace(word.getKey(), word.getValue());
            }
            return filled;
        };
    }

    private static String text(Map<?, ?> vocabulary, String key) {
        if (!(vocabulary.get(key) instanceof String value) || value.isBlank()) {
            throw new IllegalStateException(EXTENSION + " needs a text for '" + key + "'");
        }
        return value;
    }

    /** "use cases" → "UseCases". */
    private static String identifier(String words) {
        StringBuilder identifier = new StringBuilder();
        for (String word : words.split(" ")) {
            identifier.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return identifier.toString();
    }

    private static void fill(Operation operation, UnaryOperator<String> words) {
        operation.setOperationId(words.apply(operation.getOperationId()));
        operation.setSummary(words.apply(operation.getSummary()));
        operation.setDescription(words.apply(operation.getDescription()));
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                parameter.setDescription(words.apply(parameter.getDescription()));
                if (parameter.getExample() instanceof String example) {
                    parameter.setExample(words.apply(example));
                }
            }
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values()
                    .forEach(response -> response.setDescription(words.apply(response.getDescription())));
        }
    }
}
