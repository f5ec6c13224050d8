package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.goodCompany;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.InputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Publishing a new questionnaire version changes nothing for the assessments made on an older one. Runs on a
 * database of its own (the profile restarts the service, which cleans and migrates it), so that the version it
 * publishes does not become the current one of other tests.
 */
@QuarkusTest
@TestProfile(QuestionnaireVersionChangeTest.OwnDatabase.class)
class QuestionnaireVersionChangeTest {

    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final String QUESTIONNAIRES = "/api/v1/assessments/questionnaires";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Version 3 as seeded, with the digital appetite of business experts weighing 1 instead of 3. */
    private static ObjectNode version3WithLighterDigitalAppetite() throws Exception {
        try (InputStream seed = QuestionnaireVersionChangeTest.class.getResourceAsStream("/seed/questionnaire-v3.json")) {
            ObjectNode questionnaire = (ObjectNode) new ObjectMapper().readTree(seed);
            questionnaire.remove("version");
            questionnaire.withArray("questions").forEach(question -> {
                if (question.path("code").asText().equals("digital-appetite")) {
                    ((ObjectNode) question).put("weight", 1);
                }
            });
            return questionnaire;
        }
    }

    @Test
    void assessmentsKeepTheVersionTheyAnswerAndItsScoring() throws Exception {
        String submitted = AssessmentLifecycleTest.submitted("sme.paris", goodCompany());
        String draft = as("sme.paris").body("{}").when().post(PATH).then().statusCode(201).extract().path("id");
        as("sme.paris").body(goodCompany()).when().patch(PATH + "/" + draft + "/answers").then().statusCode(200);

        ObjectNode next = version3WithLighterDigitalAppetite();
        as("sme.paris").body(next).when().post(QUESTIONNAIRES).then().statusCode(403);
        as("admin.ops").body(next).when().post(QUESTIONNAIRES)
                .then().statusCode(201)
                .header("Location", containsString(QUESTIONNAIRES + "/4"))
                .body("version", equalTo(4));
        given().when().get(QUESTIONNAIRES + "/current").then().statusCode(200).body("version", equalTo(4));

        // made on version 3: same score, same explanation, and a draft of version 3 is still scored with it
        as("sme.paris").when().get(PATH + "/" + submitted + "/readiness")
                .then().statusCode(200)
                .body("questionnaireVersion", equalTo(3))
                .body("score", equalTo(61))
                .body("dimensions.find { it.code == 'skills' }.score", equalTo(88));
        as("sme.paris").when().post(PATH + "/" + draft + "/submit")
                .then().statusCode(200).body("questionnaireVersion", equalTo(3)).body("score", equalTo(61));

        // on version 4 the same answers give skills (3 + 0.75) / 4 → 94, overall 310 / 5 → 62
        String onNewVersion = as("sme.paris").body("{}").when().post(PATH).then().statusCode(201)
                .body("questionnaireVersion", equalTo(4)).extract().path("id");
        as("sme.paris").body(goodCompany()).when().patch(PATH + "/" + onNewVersion + "/answers")
                .then().statusCode(200);
        as("sme.paris").when().post(PATH + "/" + onNewVersion + "/submit")
                .then().statusCode(200).body("score", equalTo(62));
        as("sme.paris").queryParam("with", submitted).when().get(PATH + "/" + onNewVersion + "/comparison")
                .then().statusCode(200)
                .body("before.questionnaireVersion", equalTo(3))
                .body("after.questionnaireVersion", equalTo(4))
                .body("scoreChange", equalTo(1))
                .body("changedAnswers", org.hamcrest.Matchers.empty());

        given().when().get(QUESTIONNAIRES + "/3").then().statusCode(200)
                .body("questions.find { it.code == 'digital-appetite' }.weight", equalTo(3));
        given().when().get(QUESTIONNAIRES + "/4").then().statusCode(200)
                .body("questions.find { it.code == 'digital-appetite' }.weight", equalTo(1));
    }

    @Test
    void anUnsoundQuestionnaireIsNotPublished() throws Exception {
        ObjectNode unsound = version3WithLighterDigitalAppetite();
        unsound.withArray("questions").forEach(question -> {
            if (question.path("code").asText().equals("ai-skills")) {
                ((ObjectNode) question.path("askedWhen")).put("question", "staff-acceptance");
            }
        });
        int current = given().when().get(QUESTIONNAIRES + "/current").then().statusCode(200)
                .extract().path("version");
        as("admin.ops").body(unsound).when().post(QUESTIONNAIRES)
                .then().statusCode(400)
                .body("errors.message", hasItem("question 'ai-skills': its condition must name an earlier question"));
        as("admin.ops").body("{\"dimensions\": [], \"questions\": []}").when().post(QUESTIONNAIRES)
                .then().statusCode(400);
        given().when().get(QUESTIONNAIRES + "/current").then().statusCode(200).body("version", equalTo(current));
        given().when().get(QUESTIONNAIRES + "/99").then().statusCode(404);
    }
}
