package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.goodCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * With the catalogue and the directory stopped (nothing listens where the service calls them), recommendations
 * still come: what follows from the answers is there, the rest is named as missing. The full composition with the
 * real services is checked end to end (AssessmentThroughGatewayIT).
 */
@QuarkusTest
class DegradedRecommendationsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void withBothNeighboursStoppedTheAnswerStillComesAndSaysWhatIsMissing() {
        String id = AssessmentLifecycleTest.submitted("sme.paris", goodCompany());
        long started = System.nanoTime();
        as("sme.paris").header("Accept-Language", "en").when().get(PATH + "/" + id + "/recommendations")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("degraded", equalTo(true))
                .body("missing.section", hasItems("useCases", "aids", "ecosystem", "partnerTypes.partners",
                        "guidance"))
                .body("missing.find { it.section == 'useCases' }.source", equalTo("catalogue-service"))
                .body("missing.find { it.section == 'aids' }.reason", containsString("directory-service"))
                .body("useCases", empty())
                .body("aids", empty())
                // the good company buys, and its data (56) needs no data provider first
                .body("partnerTypes.kind", contains("turnkey-solution-provider"))
                .body("partnerTypes[0].minMonths", equalTo(1))
                .body("partnerTypes[0].maxMonths", equalTo(3))
                .body("partnerTypes[0].why", containsString("turnkey"))
                // personal data: GDPR 2 / 4 is partly done; a shop of 12 needs no DPO (none of the cases of GDPR
                // Art. 37); the catalogue never read, the points are judged without their words
                .body("gdprChecklist.code", hasItems("register", "dpo", "subcontractors", "cnil"))
                .body("gdprChecklist.find { it.code == 'register' }.status", equalTo("PARTLY"))
                .body("gdprChecklist.find { it.code == 'dpo' }.status", equalTo("MET"))
                .body("gdprChecklist.find { it.code == 'cnil' }.text", nullValue())
                .body("pitfalls.code", contains("meaning", "leadership", "pilot-first", "change-management",
                        "trusted-partners"))
                .body("pitfalls.status", contains("PARTLY", "MET", "MET", "MET", "PARTLY"));
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(10_000);
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndNoPersonalDataMeansNoGdprChecklist() {
        Map<String, Object> answers = goodCompany();
        answers.put("personal-data", "no");
        answers.remove("gdpr-compliance");
        answers.remove("dpo-required");
        answers.put("build-mode", "in-house");
        answers.put("ai-skills", "no");
        answers.put("data-skills", "no");
        answers.put("data-gap", "large");
        String id = AssessmentLifecycleTest.submitted("sme.lyon", answers);
        JsonPath last = null;
        for (int call = 0; call < 8; call++) {
            last = as("sme.lyon").when().get(PATH + "/" + id + "/recommendations")
                    .then().statusCode(200)
                    .body("gdprChecklist", nullValue())
                    .body("partnerTypes.kind", contains("ai-consulting-firm", "data-solution-provider"))
                    .extract().jsonPath();
        }
        assertThat(last.getString("missing.find { it.section == 'aids' }.reason"))
                .contains("failed repeatedly");
    }
}
