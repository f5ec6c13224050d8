package fr.boussole.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fr.boussole.commons.testing.OpenApiContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The gateway serves the whole API's contract and a Swagger UI that signs in with Keycloak (PKCE). */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
class ApiFrontDoorTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theMergedContractIsServedWithEveryOperationOfTheServices() throws Exception {
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json")
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Set<String> expected = new HashSet<>();
        for (String service : new String[] { "catalogue", "assessment", "directory" }) {
            JsonNode document = YAML.readTree(Files.readString(OpenApiContract.repositoryRoot().resolve("openapi")
                    .resolve(service + "-service.yaml")));
            operations(document, expected);
        }
        Set<String> found = new HashSet<>();
        operations(served, found);
        assertThat(found).isEqualTo(expected).contains("getReport", "searchUseCases", "checkEligibility");
        assertThat(served.path("info").path("title").asText()).isEqualTo("Boussole IA API");
        assertThat(served.path("components").path("securitySchemes").path("keycloak").path("openIdConnectUrl")
                .asText()).endsWith("/realms/boussole/.well-known/openid-configuration");
    }

    @Test
    void swaggerUiSignsInWithKeycloaksWebClientUsingPkce() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("boussole-web"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
    }

    private static void operations(JsonNode document, Set<String> into) {
        document.path("paths").forEach(item -> item.forEach(operation -> {
            if (operation.has("operationId")) {
                into.add(operation.get("operationId").asText());
            }
        }));
    }
}
