package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.goodCompany;
import static fr.boussole.assessment.testing.CountingNeighbours.calls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.assessment.testing.CountingNeighbours;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * What an assessment view costs its neighbours: each call of the recommendations (the use cases of the catalogue,
 * the solution providers and the ecosystem of the directory, the aids' eligibility) is made once for a view, once
 * for the report (which reads the assessment and composes the recommendations once), and not again while the
 * neighbours' answers are kept (a minute): for a second view, nor for another company with the same answers.
 */
@QuarkusTest
@TestProfile(NeighbourCallsTest.WithCountingNeighbours.class)
class NeighbourCallsTest {

    private static final String USE_CASES = "GET /api/v1/catalogue/use-cases";
    private static final String PARTNERS = "GET /api/v1/directory/partners";
    private static final String ELIGIBILITY = "POST /api/v1/directory/eligibility";

    public static class WithCountingNeighbours implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CountingNeighbours.class));
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void eachNeighbourCallIsMadeOncePerViewAndNotAgainWhileItsAnswerIsKept() {
        String id = AssessmentLifecycleTest.submitted("sme.paris", goodCompany());
        CountingNeighbours.reset();

        as("sme.paris").accept("text/html").when().get(PATH + "/" + id + "/report").then().statusCode(200);
        assertThat(Map.of(USE_CASES, calls(USE_CASES), PARTNERS, calls(PARTNERS), ELIGIBILITY, calls(ELIGIBILITY)))
                .as("the report: the recommendations composed once")
                .isEqualTo(Map.of(USE_CASES, 1, PARTNERS, 2, ELIGIBILITY, 1));

        as("sme.paris").when().get(PATH + "/" + id + "/recommendations").then().statusCode(200)
                .body("degraded", equalTo(false));
        String other = AssessmentLifecycleTest.submitted("sme.lyon", goodCompany());
        as("sme.lyon").when().get(PATH + "/" + other + "/recommendations").then().statusCode(200)
                .body("degraded", equalTo(false));
        assertThat(Map.of(USE_CASES, calls(USE_CASES), PARTNERS, calls(PARTNERS), ELIGIBILITY, calls(ELIGIBILITY)))
                .as("views within the minute, of this assessment and of another with the same answers")
                .isEqualTo(Map.of(USE_CASES, 1, PARTNERS, 2, ELIGIBILITY, 1));

        as("sme.paris").header("Accept-Language", "en").when().get(PATH + "/" + id + "/recommendations").then()
                .statusCode(200);
        assertThat(Map.of(USE_CASES, calls(USE_CASES), PARTNERS, calls(PARTNERS), ELIGIBILITY, calls(ELIGIBILITY)))
                .as("another language is another answer")
                .isEqualTo(Map.of(USE_CASES, 2, PARTNERS, 4, ELIGIBILITY, 2));
    }
}
