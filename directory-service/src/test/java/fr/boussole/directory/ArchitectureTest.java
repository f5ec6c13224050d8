package fr.boussole.directory;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.ServiceArchitecture;

/** The service's packages have no cycles and its layers depend downwards only (ServiceArchitecture). */
class ArchitectureTest {

    @Test
    void layersDependDownwardsOnlyAndPackagesHaveNoCycles() {
        ServiceArchitecture.check("fr.boussole.directory", "domain");
    }
}
