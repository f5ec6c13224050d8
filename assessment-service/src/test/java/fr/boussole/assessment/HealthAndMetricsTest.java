package fr.boussole.assessment;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.ServiceChecks;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void liveAndReadyWithTheDatabase() {
        ServiceChecks.assertLiveAndReady();
    }

    @Test
    void requestsAreCountedInPrometheusMetrics() {
        ServiceChecks.assertRequestsAreCounted("/api/v1/assessments/questionnaires/current");
    }
}
