package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.goodCompany;
import static fr.boussole.assessment.testing.Assessments.reluctantCompany;
import static fr.boussole.assessment.testing.Assessments.withToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.assessment.service.ResumeTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** From nothing to a scored, explained readiness: drafts, answers checked one by one, submission, comparison. */
@QuarkusTest
class AssessmentLifecycleTest {

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonPath startAnonymously() {
        return given().contentType(ContentType.JSON).body("{}")
                .when().post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("Cache-Control", "no-store")
                .body("status", equalTo("DRAFT"))
                .body("origin", equalTo("ANONYMOUS"))
                .body("questionnaireVersion", equalTo(3))
                .body("resumeToken", notNullValue())
                .extract().jsonPath();
    }

    @Test
    void aRetriedStartGetsTheSameAssessmentButNotItsResumeTokenAgain() {
        String key = java.util.UUID.randomUUID().toString();
        JsonPath first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{}")
                .when().post(PATH).then().statusCode(201).body("resumeToken", notNullValue()).extract().jsonPath();
        // whoever replays the key (it travels in logs and proxies) gets the assessment, never the secret
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{}")
                .when().post(PATH).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.getString("id"))).body("$", not(hasKey("resumeToken")));
    }

    @Test
    void anAnonymousCompanyGoesFromNothingToAnExplainedScore() {
        JsonPath started = startAnonymously();
        String id = started.getString("id");
        String token = started.getString("resumeToken");

        withToken(token).body(Map.of("sector", "commerce", "build-mode", "buy"))
                .when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200)
                .body("answers.sector", equalTo("commerce"))
                .body("progress.answered", equalTo(2))
                .body("progress.missingRequired", hasItem("project-leads"))
                .body("progress.missingRequired", not(hasItem("ai-skills")))
                .body("resumeToken", nullValue());
        withToken(token).when().post(PATH + "/" + id + "/submit")
                .then().statusCode(422)
                .body("errors.field", hasItems("answers.project-leads", "answers.digital-appetite"));

        withToken(token).body(goodCompany()).when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200).body("progress.missingRequired", org.hamcrest.Matchers.empty());
        withToken(token).when().post(PATH + "/" + id + "/submit")
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("score", equalTo(61))
                .body("computedLevel", equalTo("READY_TO_PILOT"))
                .body("level", equalTo("READY_TO_PILOT"))
                .body("submittedAt", notNullValue());

        JsonPath readiness = withToken(token).header("Accept-Language", "en")
                .when().get(PATH + "/" + id + "/readiness")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("provisional", equalTo(false))
                .body("score", equalTo(61))
                .body("level.label", equalTo("Ready to pilot"))
                .body("blockingGaps", org.hamcrest.Matchers.empty())
                .body("dimensions.code", org.hamcrest.Matchers.contains("data", "skills", "funding", "strategy",
                        "ethics"))
                .body("dimensions.score", org.hamcrest.Matchers.contains(56, 88, 34, 68, 58))
                .body("dimensions.find { it.code == 'skills' }.notAsked.question",
                        org.hamcrest.Matchers.contains("ai-skills", "data-skills"))
                .body("dimensions.find { it.code == 'ethics' }.notAsked.question",
                        org.hamcrest.Matchers.contains("dpo", "bias-control"))
                .extract().jsonPath();
        int overall = 0;
        for (int d = 0; d < 5; d++) {
            List<Integer> points = readiness.getList("dimensions[" + d + "].contributions.points", Integer.class);
            assertThat(points.stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(readiness.getInt("dimensions[" + d + "].score"));
            overall += readiness.getInt("dimensions[" + d + "].overallPoints");
        }
        assertThat(overall).isEqualTo(61);
        assertThat(readiness.getString("dimensions[1].contributions.find { it.question == 'digital-appetite' }"
                + ".answerText")).isEqualTo("3 / 4");
        assertThat(readiness.getList("improvements.question")).isNotEmpty();

        withToken(token).body(Map.of("budget-set", "yes")).when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(409);
        withToken(token).when().post(PATH + "/" + id + "/submit").then().statusCode(409);
    }

    @Test
    void theResumeTokenIsTheOnlyKeyAndIsStoredHashed() {
        JsonPath started = startAnonymously();
        String id = started.getString("id");
        String token = started.getString("resumeToken");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT resume_token_hash FROM assessment WHERE id = cast(?1 as uuid)").setParameter(1, id)
                .getSingleResult());
        assertThat(stored).isEqualTo(ResumeTokens.hash(token)).doesNotContain(token);

        withToken(token).when().get(PATH + "/" + id).then().statusCode(200).body("resumeToken", nullValue());
        given().when().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
        withToken(token + "x").when().get(PATH + "/" + id).then().statusCode(404);
        withToken(ResumeTokens.hash(token)).when().get(PATH + "/" + id).then().statusCode(404);
        String otherToken = startAnonymously().getString("resumeToken");
        withToken(otherToken).when().get(PATH + "/" + id).then().statusCode(404);
        withToken(otherToken).body(Map.of("sector", "sante")).when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(404);
        // a signed-in user of another company does not reach it either
        as("sme.paris").when().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void badAnswersAreRejectedWithoutTouchingTheDraft() {
        JsonPath started = startAnonymously();
        String id = started.getString("id");
        String token = started.getString("resumeToken");
        String etag = withToken(token).body(Map.of("sector", "commerce", "data-quality", 2))
                .when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200).extract().header("ETag");

        withToken(token).body(Map.of("sector", "industrie", "data-quality", 7, "colour", "blue",
                "functions", List.of("production", "production"), "departement", "20"))
                .when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was saved"))
                .body("errors.field", hasItems("answers.data-quality", "answers.colour", "answers.functions",
                        "answers.departement"))
                .body("errors.find { it.field == 'answers.data-quality' }.message",
                        equalTo("must be a whole number from 0 to 4"));
        withToken(token).when().get(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", etag)
                .body("answers.sector", equalTo("commerce"))
                .body("answers.data-quality", equalTo(2))
                .body("answers", not(org.hamcrest.Matchers.hasKey("functions")));

        withToken(token).contentType(ContentType.JSON).body("[1, 2]").when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(400).contentType("application/problem+json");
        withToken(token).header("If-Match", "\"999\"").body(Map.of("sector", "sante"))
                .when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(412);
        withToken(token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("sector", "sante")).when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200).body("answers.sector", equalTo("sante"));
    }

    @Test
    void aQuestionIsAnsweredOnlyWhileItIsAsked() {
        JsonPath started = startAnonymously();
        String id = started.getString("id");
        String token = started.getString("resumeToken");

        withToken(token).body(Map.of("build-mode", "buy", "ai-skills", "yes"))
                .when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers.ai-skills"))
                .body("errors[0].message", containsString("build-mode"));
        withToken(token).body(Map.of("build-mode", "in-house", "ai-skills", "yes", "data-skills", "no"))
                .when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200).body("answers.ai-skills", equalTo("yes"));
        // buying instead: the questions only asked to in-house builders go
        withToken(token).body(Map.of("build-mode", "buy")).when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200)
                .body("answers", not(org.hamcrest.Matchers.hasKey("ai-skills")))
                .body("answers", not(org.hamcrest.Matchers.hasKey("data-skills")));
        java.util.Map<String, Object> removal = new java.util.HashMap<>();
        removal.put("build-mode", null);
        withToken(token).body(removal).when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200).body("answers", not(org.hamcrest.Matchers.hasKey("build-mode")));
    }

    @Test
    void anAnswerIsRemovedWithoutSendingANull() {
        JsonPath started = startAnonymously();
        String id = started.getString("id");
        String token = started.getString("resumeToken");
        String etag = withToken(token).body(Map.of("build-mode", "in-house", "ai-skills", "yes", "sector", "commerce"))
                .when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200).extract().header("ETag");

        withToken(token).header("If-Match", "\"999\"").when().delete(PATH + "/" + id + "/answers/sector")
                .then().statusCode(412);
        withToken(token).when().delete(PATH + "/" + id + "/answers/colour")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers.colour"));
        withToken(token).when().delete(PATH + "/" + id + "/answers/Not_A_Code")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().delete(PATH + "/" + id + "/answers/sector").then().statusCode(404);
        withToken(token).when().get(PATH + "/" + id).then().statusCode(200).header("ETag", etag)
                .body("answers.sector", equalTo("commerce"));

        // the answers that depended on it go with it
        String removed = withToken(token).header("If-Match", etag)
                .when().delete(PATH + "/" + id + "/answers/build-mode")
                .then().statusCode(200)
                .header("ETag", not(etag))
                .body("answers", not(hasKey("build-mode")))
                .body("answers", not(hasKey("ai-skills")))
                .body("answers.sector", equalTo("commerce"))
                .extract().header("ETag");
        // removing it again changes nothing, not even the version
        withToken(token).when().delete(PATH + "/" + id + "/answers/build-mode")
                .then().statusCode(200).header("ETag", removed).body("answers.sector", equalTo("commerce"));
    }

    @Test
    void aMissingNecessaryConditionCapsTheLevelWhateverTheScore() {
        String id = as("sme.lyon").body("{}").when().post(PATH).then().statusCode(201)
                .body("siren", equalTo("904455664")).body("origin", equalTo("SME"))
                .extract().path("id");
        as("sme.lyon").body(reluctantCompany()).when().patch(PATH + "/" + id + "/answers").then().statusCode(200);
        as("sme.lyon").when().post(PATH + "/" + id + "/submit")
                .then().statusCode(200)
                .body("score", equalTo(56))
                .body("computedLevel", equalTo("EXPLORING"));
        as("sme.lyon").when().get(PATH + "/" + id + "/readiness")
                .then().statusCode(200)
                .body("uncappedLevel.code", equalTo("READY_TO_PILOT"))
                .body("level.code", equalTo("EXPLORING"))
                .body("level.label", equalTo("Exploration"))
                .body("blockingGaps.question", org.hamcrest.Matchers.contains("digital-appetite"))
                .body("blockingGaps[0].threshold", equalTo(0.5f))
                .body("blockingGaps[0].explanation", containsString("Condition nécessaire"))
                .body("improvements[0].question", equalTo("digital-appetite"))
                .body("improvements[0].blocking", equalTo(true));
    }

    @Test
    void aDraftShowsItsProvisionalReadiness() {
        JsonPath started = startAnonymously();
        String id = started.getString("id");
        String token = started.getString("resumeToken");
        withToken(token).body(Map.of("build-mode", "buy", "leadership", 4)).when().patch(PATH + "/" + id + "/answers")
                .then().statusCode(200);
        // strategy: leadership 3 of 11 weights → 27; the others nothing: 27 / 5 → 5
        withToken(token).when().get(PATH + "/" + id + "/readiness")
                .then().statusCode(200)
                .body("provisional", equalTo(true))
                .body("dimensions.find { it.code == 'strategy' }.score", equalTo(27))
                .body("score", equalTo(5))
                .body("level.code", equalTo("DISCOVERING"))
                .body("blockingGaps.question", hasItems("project-leads", "digital-appetite"));
    }

    @Test
    void aCompanyComparesTwoSubmittedAssessments() {
        String before = submitted("sme.paris", reluctantCompany());
        String after = submitted("sme.paris", goodCompany());

        as("sme.paris").header("Accept-Language", "en").queryParam("with", before)
                .when().get(PATH + "/" + after + "/comparison")
                .then().statusCode(200)
                .body("before.id", equalTo(before))
                .body("after.id", equalTo(after))
                .body("before.score", equalTo(56))
                .body("after.score", equalTo(61))
                .body("scoreChange", equalTo(5))
                .body("before.level", equalTo("EXPLORING"))
                .body("after.level", equalTo("READY_TO_PILOT"))
                .body("dimensions.find { it.code == 'skills' }.change", equalTo(25))
                .body("dimensions.find { it.code == 'data' }.change", equalTo(0))
                .body("changedAnswers.question", org.hamcrest.Matchers.contains("digital-appetite"))
                .body("changedAnswers[0].before", equalTo(1))
                .body("changedAnswers[0].after", equalTo(3));

        String lyon = submitted("sme.lyon", goodCompany());
        as("sme.paris").queryParam("with", lyon).when().get(PATH + "/" + after + "/comparison")
                .then().statusCode(404);
        as("admin.ops").queryParam("with", lyon).when().get(PATH + "/" + after + "/comparison")
                .then().statusCode(422);
        String draft = as("sme.paris").body("{}").when().post(PATH).then().statusCode(201).extract().path("id");
        as("sme.paris").queryParam("with", draft).when().get(PATH + "/" + after + "/comparison")
                .then().statusCode(422);
    }

    @Test
    void concurrentPartialSavesAreAllKept() throws Exception {
        JsonPath started = startAnonymously();
        String id = started.getString("id");
        String token = started.getString("resumeToken");
        Map<String, Object> answers = goodCompany();
        List<String> codes = new ArrayList<>(answers.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (String code : codes) {
                saves.add(() -> withToken(token).body(Map.of(code, answers.get(code)))
                        .when().patch(PATH + "/" + id + "/answers").then().extract().statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(saves)) {
                assertThat(status.get()).isIn(200, 400);
            }
        } finally {
            pool.shutdown();
        }
        // answers whose condition came first may have been refused; send again those refused, then none is lost
        withToken(token).body(answers).when().patch(PATH + "/" + id + "/answers").then().statusCode(200);
        JsonPath saved = withToken(token).when().get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getMap("answers").keySet()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void startingNeedsAKnownShapeAndAMatchingSiren() {
        given().contentType(ContentType.JSON).body(Map.of("siren", "123456789")).when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("siren"));
        given().contentType(ContentType.JSON).body(Map.of("colour", "blue")).when().post(PATH)
                .then().statusCode(400);
        as("sme.paris").body(Map.of("siren", "904455664")).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("siren"));
        as("curator.alice").body("{}").when().post(PATH).then().statusCode(403);
    }

    static String submitted(String user, Map<String, Object> answers) {
        String id = as(user).body("{}").when().post(PATH).then().statusCode(201).extract().path("id");
        as(user).body(answers).when().patch(PATH + "/" + id + "/answers").then().statusCode(200);
        as(user).when().post(PATH + "/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
