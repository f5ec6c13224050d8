package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.Fixtures;
import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * From nothing to a report through the gateway, alone or with an advisor, with the real catalogue and directory
 * behind the recommendations.
 */
class AssessmentThroughGatewayIT {

    private static final String PATH = "/api/v1/assessments";

    /** A shop near Lyon that buys a turnkey solution (see the service tests for its hand-worked score, 61). */
    private static Map<String, Object> shopNearLyon() {
        return Fixtures.shopNearLyon();
    }

    /** Runs bin/suite with these arguments, from the repository this module is in. */
    private static void suite(String... arguments) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/suite").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("bin/suite " + String.join(" ", arguments)).isTrue();
        assertThat(process.exitValue()).as("bin/suite " + String.join(" ", arguments)).isZero();
    }

    private static RequestSpecification as(String user) {
        return Suite.gateway().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    @Test
    void anAnonymousCompanyGoesFromNothingToARecommendedReport() throws Exception {
        Response start = Suite.gateway().contentType("application/json").body("{}")
                .when().post(PATH);
        JsonPath started = start.then().statusCode(201).extract().jsonPath();
        String one = PATH + "/" + started.getString("id");
        // the new assessment's address as a path, like every creation's: right behind any proxy
        assertThat(start.header("Location")).isEqualTo(one);
        String token = started.getString("resumeToken");

        Suite.gateway().header("X-Resume-Token", token).contentType("application/json").body(shopNearLyon())
                .when().patch(one + "/answers").then().statusCode(200);
        Suite.gateway().header("X-Resume-Token", token).when().post(one + "/submit")
                .then().statusCode(200).body("score", equalTo(61)).body("level", equalTo("READY_TO_PILOT"));
        Suite.gateway().when().get(one).then().statusCode(404);

        Suite.gateway().header("X-Resume-Token", token).when().get(one + "/recommendations")
                .then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("useCases.size()", greaterThan(0))
                .body("useCases.fit", everyItem(lessThanOrEqualTo(100)))
                // what the AI Act asks of the company for each recommended use case, from the catalogue
                .body("useCases[0].aiAct.category", notNullValue())
                .body("useCases[0].aiAct.duties.code", hasItem("ai-literacy"))
                // its level beside the companies of its size: 12 people
                .body("adoption.code", hasItem("insee-10-49"))
                .body("aids.aidId", hasItem("diagnostic-innovation"))
                .body("aids.find { it.aidId == 'diagnostic-innovation' }.status", notNullValue())
                // every aid says how sure its facts are; the guide's 2020 diagnosis was not checked since
                .body("aids.find { it.aidId == 'diagnostic-innovation' }.confidence", equalTo("TO_CONFIRM"))
                .body("aids.find { it.aidId == 'diagnostic-data-ia' }.checkedOn", notNullValue())
                .body("ecosystem.slug", hasItem("cci-lyon-metropole"))
                .body("ecosystem.slug", not(hasItem("cci-paris-idf")))
                .body("partnerTypes[0].kind", equalTo("turnkey-solution-provider"))
                // the GDPR points and pitfalls are the catalogue's guidance, with source and date, judged here
                .body("gdprChecklist.find { it.code == 'subcontractors' }.text", containsString("art. 28"))
                .body("gdprChecklist.find { it.code == 'dpo' }.status", equalTo("MET"))
                .body("gdprChecklist.source", everyItem(notNullValue()))
                .body("pitfalls.checkedOn", everyItem(notNullValue()));

        byte[] pdf = Suite.gateway().header("X-Resume-Token", token).accept("application/pdf")
                .when().get(one + "/report").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Bilan de maturité IA", "61 / 100", "Prête à expérimenter",
                    "Cas d'usage pour votre activité", "Diagnostic innovation", "Diagnostic Data IA",
                    "Conditions à confirmer auprès de l'organisme", "Source vérifiée le",
                    "Vos prérequis sont réunis à", "AI Act :", "Maîtrise de l'IA",
                    "Compliance Checker de la Commission européenne", "Où en sont les entreprises comparables",
                    "Entreprises françaises de 10 à 49 personnes", "Prochaines étapes")
                    .doesNotContain("Certaines recommandations manquent");
        }
    }

    @Test
    void withTheCatalogueStoppedRecommendationsComeDegradedAndSayWhatIsMissing() throws Exception {
        String one = PATH + "/" + as("sme.lyon").body("{}").when().post(PATH).then().statusCode(201)
                .extract().path("id");
        // functions no other test answers: the service keeps the neighbours' answers a minute, and would give the
        // use cases it got for the same question a moment ago
        Map<String, Object> answers = new HashMap<>(shopNearLyon());
        answers.put("functions", List.of("logistique", "finance-comptabilite"));
        as("sme.lyon").body(answers).when().patch(one + "/answers").then().statusCode(200);
        as("sme.lyon").when().post(one + "/submit").then().statusCode(200);
        // the catalogue's guidance read once in French, by the view of a new, empty assessment
        String empty = PATH + "/" + as("sme.lyon").body("{}").when().post(PATH).then().statusCode(201)
                .extract().path("id");
        as("sme.lyon").when().get(empty + "/recommendations").then().statusCode(200);

        suite("stop", "catalogue-service");
        try {
            as("sme.lyon").when().get(one + "/recommendations")
                    .then().statusCode(200)
                    .body("degraded", equalTo(true))
                    .body("missing.section", contains("useCases"))
                    .body("missing[0].source", equalTo("catalogue-service"))
                    .body("useCases", empty())
                    .body("aids.aidId", hasItem("diagnostic-innovation"))
                    .body("ecosystem.slug", hasItem("cci-lyon-metropole"))
                    .body("partnerTypes[0].kind", equalTo("turnkey-solution-provider"))
                    // the guidance last read is still shown, words and sources
                    .body("pitfalls.size()", equalTo(5))
                    .body("pitfalls.text", everyItem(notNullValue()));
            String html = as("sme.lyon").accept("text/html").when().get(one + "/report")
                    .then().statusCode(200).extract().asString();
            assertThat(html).contains("Certaines recommandations manquent", "Diagnostic innovation");
        } finally {
            suite("up", "catalogue-service");
            // The failures of the outage stay in the circuit breaker's window of 6 calls until newer calls push them
            // out, and may open it once more; the other tests start when 7 answers in a row are complete. Each check
            // asks a question not asked before (the service keeps the answers a minute: a kept one says nothing of
            // the circuit).
            int[] completeInARow = { 0 };
            int[] asked = { 0 };
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                completeInARow[0] = recommendationsDegraded(asked[0]++) ? 0 : completeInARow[0] + 1;
                return completeInARow[0] >= 7;
            });
        }
    }

    /** Functions and languages no other test asks recommendations for, a new question each time. */
    private static boolean recommendationsDegraded(int question) {
        List<List<String>> functions = List.of(List.of("production"), List.of("ressources-humaines"),
                List.of("direction"), List.of("production", "direction"), List.of("ressources-humaines", "direction"),
                List.of("production", "ressources-humaines"), List.of("direction", "logistique"),
                List.of("production", "logistique"), List.of("ressources-humaines", "logistique"),
                List.of("production", "finance-comptabilite"), List.of("direction", "finance-comptabilite"),
                List.of("ressources-humaines", "finance-comptabilite"));
        Map<String, Object> answers = new HashMap<>(shopNearLyon());
        answers.put("functions", functions.get(question % functions.size()));
        String one = PATH + "/" + as("sme.lyon").body("{}").when().post(PATH).then().statusCode(201)
                .extract().path("id");
        as("sme.lyon").body(answers).when().patch(one + "/answers").then().statusCode(200);
        as("sme.lyon").when().post(one + "/submit").then().statusCode(200);
        return as("sme.lyon").header("Accept-Language", question / functions.size() % 2 == 0 ? "fr" : "en")
                .when().get(one + "/recommendations").then().statusCode(200).extract().<Boolean> path("degraded");
    }

    @Test
    void anAdvisorRunsTheInterviewAndTheCompanyReadsTheResult() {
        String one = PATH + "/" + as("advisor.lyon")
                .body(Map.of("siren", "904455664", "departement", "69", "companyName", "Soierie Lyonnaise"))
                .when().post(PATH).then().statusCode(201).extract().path("id");
        as("advisor.lyon").body(shopNearLyon()).when().patch(one + "/answers").then().statusCode(200);
        as("advisor.lyon").when().post(one + "/submit").then().statusCode(200);
        as("advisor.lyon").body(Map.of("body", "Entretien fait sur place.")).when().post(one + "/notes")
                .then().statusCode(201);

        as("sme.lyon").when().get(one + "/readiness").then().statusCode(200).body("score", equalTo(61));
        as("advisor.paris").when().get(one).then().statusCode(404);
        String html = as("sme.lyon").accept("text/html").when().get(one + "/report")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("Soierie Lyonnaise", "<svg").doesNotContain("Entretien fait sur place");
        as("advisor.lyon").queryParam("status", "SUBMITTED").when().get(PATH)
                .then().statusCode(200).body("items.id", hasItem(one.substring(PATH.length() + 1)));
    }
}
