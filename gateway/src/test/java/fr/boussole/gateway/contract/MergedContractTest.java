package fr.boussole.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import fr.boussole.commons.testing.OpenApiContract;

/**
 * {@code openapi/boussole-api.yaml}, the API's single document that the gateway serves, is the merge of the three
 * services' committed documents. With {@code -Dboussole.openapi.update=true} it is rewritten.
 */
class MergedContractTest {

    static final String MERGED = "boussole-api.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    static String mergedText() throws IOException {
        Path folder = OpenApiContract.repositoryRoot().resolve("openapi");
        Map<String, ObjectNode> services = new LinkedHashMap<>();
        for (String service : new String[] { "catalogue", "assessment", "directory" }) {
            services.put(service, (ObjectNode) YAML.readTree(folder.resolve(service + "-service.yaml").toFile()));
        }
        ObjectNode info = YAML.createObjectNode()
                .put("title", "Boussole IA API")
                .put("version", "1.0.0")
                .put("description", "The whole API of Boussole IA through its gateway: the catalogue of AI use cases,"
                        + " the readiness assessment and the directory of partners and funding aids. Sign in with"
                        + " Keycloak (realm boussole) to call what needs a token. The API never sends null: a property"
                        + " without a value is left out, and an answer's schema lists as required every property it"
                        + " always has.");
        info.putObject("contact").put("name", "Boussole IA").put("url", "https://boussole-ia.fr");
        ObjectNode merged = ContractMerge.merge(services, info);
        EdgeAnswers.add(merged);
        return YAML.writeValueAsString(merged);
    }

    @Test
    void theCommittedDocumentIsTheMergeOfTheServicesDocuments() throws IOException {
        String merged = mergedText();
        Path committed = OpenApiContract.repositoryRoot().resolve("openapi").resolve(MERGED);
        if (Boolean.getBoolean("boussole.openapi.update")) {
            Files.writeString(committed, merged);
            return;
        }
        assertThat(Files.exists(committed) ? Files.readString(committed) : "")
                .as("openapi/%s is not the merge of the services' documents; regenerate it with ./mvnw test -pl gateway"
                        + " -Dtest=MergedContractTest -Dboussole.openapi.update=true", MERGED)
                .isEqualTo(merged);
        JsonNode document = YAML.readTree(merged);
        assertThat(document.path("paths").has("/api/v1/catalogue/use-cases")).isTrue();
        assertThat(document.path("paths").has("/api/v1/assessments/{id}/report")).isTrue();
        assertThat(document.path("paths").has("/api/v1/directory/eligibility")).isTrue();
        assertThat(document.path("components").path("schemas").has("DirectoryOrder")).isTrue();
    }
}
