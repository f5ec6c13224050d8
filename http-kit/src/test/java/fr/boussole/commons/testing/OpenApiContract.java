package fr.boussole.commons.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.restassured.RestAssured;

/**
 * Compares the OpenAPI document a running service serves with the one committed in {@code openapi/}, the
 * contract front ends and integrators code against. With {@code -Dboussole.openapi.update=true} it rewrites the
 * committed document instead.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    public static Path repositoryRoot() {
        Path root = Path.of(System.getProperty("boussole.repo.root", "..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("openapi"))) {
            throw new IllegalStateException("No openapi/ folder under " + root + "; run the tests from the repository");
        }
        return root;
    }

    public static void assertServedDocumentIsCommitted(String module) {
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi?format=yaml").asString();
        Path committed = repositoryRoot().resolve("openapi").resolve(module + ".yaml");
        try {
            if (Boolean.getBoolean("boussole.openapi.update")) {
                Files.writeString(committed, served);
                return;
            }
            String expected = Files.exists(committed) ? Files.readString(committed) : "";
            assertThat(served)
                    .as("The OpenAPI document served by %s differs from openapi/%s.yaml. If the change is intended,"
                            + " regenerate the contract with:%n  ./mvnw -q -pl %s -am test -Dtest=OpenApiContractTest"
                            + " -Dsurefire.failIfNoSpecifiedTests=false -Dboussole.openapi.update=true%n",
                            module, module, module)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
