package fr.boussole.assessment;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.ServiceChecks;
import fr.boussole.commons.testing.UnreachableDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With its database unreachable the service stays alive, is not ready, and answers reads with 503. */
@QuarkusTest
@TestProfile(UnreachableDatabaseProfile.class)
class DatabaseDownTest {

    @Test
    void aliveNotReadyAndHonestAboutIt() {
        ServiceChecks.assertDatabaseOutageIsReported("/api/v1/assessments/questionnaires/current");
    }
}
