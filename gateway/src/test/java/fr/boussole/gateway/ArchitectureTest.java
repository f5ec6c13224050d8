package fr.boussole.gateway;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The gateway's packages (config, edge, proxy) depend on each other without cycles. */
class ArchitectureTest {

    @Test
    void packagesHaveNoCycles() {
        slices().matching("fr.boussole.gateway.(*)..").should().beFreeOfCycles()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("fr.boussole.gateway"));
    }
}
