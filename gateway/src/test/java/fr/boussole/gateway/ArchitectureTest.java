package fr.boussole.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The gateway's packages (config, edge, proxy) depend on each other without cycles, and it is built on the HTTP kit
 * alone: nothing of the services' kit (REST layer, idempotency, persistence, validation) is on its class path. It
 * uses the public APIs of Vert.x only, so that a new Vert.x does not break it unannounced.
 */
class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.boussole.gateway");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("fr.boussole.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }

    @Test
    void nothingUsesTheInternalsOfVertx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.vertx..impl..", "io.vertx..internal..")
                .check(GATEWAY);
    }

    @Test
    void theGatewayHasTheHttpKitAndNothingOfTheServicesKit() {
        assertThat(ClassLoader.getSystemResource("fr/boussole/commons/web/CanonicalPaths.class")).isNotNull();
        for (String serviceKit : new String[] { "fr/boussole/commons/idempotency/IdempotencyFilter.class",
                "fr/boussole/commons/problem/RestProblemMappers.class", "jakarta/persistence/Entity.class",
                "jakarta/validation/Valid.class", "org/jboss/resteasy/reactive/RestResponse.class" }) {
            assertThat(ClassLoader.getSystemResource(serviceKit)).as(serviceKit).isNull();
        }
    }
}
