package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.goodCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.assessment.testing.CountingNeighbours;
import io.quarkus.cache.CacheManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * What an assessment view costs its neighbours: each call of the recommendations (the use cases and the guidance of
 * the catalogue, the solution providers and the ecosystem of the directory, the aids' eligibility) is made once for a
 * view, once for the report (which reads the assessment and composes the recommendations once), and not again
 * while the neighbours' answers are kept (a minute, the guidance ten): for a second view, nor for another company
 * with the same answers.
 */
@QuarkusTest
@TestProfile(NeighbourCallsTest.WithCountingNeighbours.class)
class NeighbourCallsTest {

    private static final String USE_CASES = "GET /api/v1/catalogue/use-cases";
    private static final String PARTNERS = "GET /api/v1/directory/partners";
    private static final String ELIGIBILITY = "POST /api/v1/directory/eligibility";
    private static final String GUIDANCE = "GET " + CountingNeighbours.GUIDANCE;

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

    @Inject
    CacheManager caches;

    /** Each test starts with nothing kept of the neighbours' answers. */
    @BeforeEach
    void forgetTheNeighboursAnswers() {
        caches.getCacheNames().stream().filter(name -> name.startsWith("neighbour-"))
                .forEach(name -> caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely());
        CountingNeighbours.reset();
    }

    @AfterEach
    void neighboursBack() {
        CountingNeighbours.reset();
    }

    private static Map<String, Integer> calls() {
        return Map.of(USE_CASES, CountingNeighbours.calls(USE_CASES), PARTNERS, CountingNeighbours.calls(PARTNERS),
                ELIGIBILITY, CountingNeighbours.calls(ELIGIBILITY), GUIDANCE, CountingNeighbours.calls(GUIDANCE));
    }

    @Test
    void eachNeighbourCallIsMadeOncePerViewAndNotAgainWhileItsAnswerIsKept() {
        String id = AssessmentLifecycleTest.submitted("sme.paris", goodCompany());

        as("sme.paris").accept("text/html").when().get(PATH + "/" + id + "/report").then().statusCode(200);
        assertThat(calls()).as("the report: the recommendations composed once")
                .isEqualTo(Map.of(USE_CASES, 1, PARTNERS, 2, ELIGIBILITY, 1, GUIDANCE, 1));

        as("sme.paris").when().get(PATH + "/" + id + "/recommendations").then().statusCode(200)
                .body("degraded", equalTo(false));
        String other = AssessmentLifecycleTest.submitted("sme.lyon", goodCompany());
        as("sme.lyon").when().get(PATH + "/" + other + "/recommendations").then().statusCode(200)
                .body("degraded", equalTo(false));
        assertThat(calls()).as("views within the minute, of this assessment and of another with the same answers")
                .isEqualTo(Map.of(USE_CASES, 1, PARTNERS, 2, ELIGIBILITY, 1, GUIDANCE, 1));

        as("sme.paris").header("Accept-Language", "en").when().get(PATH + "/" + id + "/recommendations").then()
                .statusCode(200);
        assertThat(calls()).as("another language is another answer")
                .isEqualTo(Map.of(USE_CASES, 2, PARTNERS, 4, ELIGIBILITY, 2, GUIDANCE, 2));
    }

    /** The guidance changes a few times a year: while the catalogue fails, the last one it gave is better than none. */
    @Test
    void whileTheCatalogueFailsTheLastGuidanceItGaveIsUsed() {
        String id = AssessmentLifecycleTest.submitted("sme.paris", goodCompany());
        as("sme.paris").when().get(PATH + "/" + id + "/recommendations").then().statusCode(200)
                .body("pitfalls.text", contains("Involve top management visibly."))
                .body("gdprChecklist.find { it.code == 'dpo' }.checkedOn", equalTo("2026-12-06"));

        forgetTheNeighboursAnswers();
        CountingNeighbours.failing();
        as("sme.paris").when().get(PATH + "/" + id + "/recommendations").then().statusCode(200)
                .body("missing.section", not(hasItem("guidance")))
                .body("pitfalls.text", contains("Involve top management visibly."))
                .body("pitfalls[0].status", equalTo("MET"));
        assertThat(CountingNeighbours.calls(GUIDANCE)).as("the catalogue was asked, and failed").isPositive();
    }
}
