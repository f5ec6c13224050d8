package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.boussole.client.ApiClient;
import fr.boussole.client.ApiException;
import fr.boussole.client.api.AdvisorWorkspaceApi;
import fr.boussole.client.api.AssessmentsApi;
import fr.boussole.client.api.WebhooksApi;
import fr.boussole.client.model.Assessment;
import fr.boussole.client.model.AssessmentSummary;
import fr.boussole.client.model.Format;
import fr.boussole.client.model.LevelOverrideInput;
import fr.boussole.client.model.NewAssessment;
import fr.boussole.client.model.Note;
import fr.boussole.client.model.NoteInput;
import fr.boussole.client.model.Problem;
import fr.boussole.client.model.ReadinessLevel;
import fr.boussole.client.model.SharingInput;
import fr.boussole.client.model.Webhook;
import fr.boussole.client.model.WebhookDelivery;
import fr.boussole.client.model.WebhookInput;
import fr.boussole.commons.testing.Fixtures;
import fr.boussole.commons.testing.KeycloakTokens;

/**
 * The main journeys through the gateway written with the Java client the build generates from the merged contract
 * (module clients, openapi-generator's {@code java} with library {@code native}), as a CRM integrator would: a company
 * and its CCI's advisor, a CRM's webhook and its delivery log, and the problem document of a refusal. The TypeScript
 * client's journeys are in clients/typescript/test ({@link TypeScriptClientIT}).
 */
class GeneratedJavaClientIT {

    private static final String CCI_PARIS = "cci-paris-idf";

    private static ApiClient client(String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Suite.GATEWAY);
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    private static ApiClient as(String username) {
        return client(KeycloakTokens.of(username));
    }

    private static ApiClient crmParis() {
        return client(KeycloakTokens.clientCredentials("crm-cci-paris-idf", "crm-paris-demo-secret"));
    }

    /** A submitted assessment of company A (sme.paris), shared with CCI Paris. */
    private static Assessment submittedAndSharedWithParis() throws ApiException {
        AssessmentsApi company = new AssessmentsApi(as("sme.paris"));
        Assessment started = company.startAssessment(new NewAssessment(), UUID.randomUUID().toString());
        company.saveAnswers(started.getId(), Fixtures.shopNearLyon(), null, null);
        new AdvisorWorkspaceApi(as("sme.paris")).shareAssessment(started.getId(), new SharingInput().cci(CCI_PARIS),
                null);
        return company.submitAssessment(started.getId(), null, null, UUID.randomUUID().toString());
    }

    @Test
    void anAdvisorFollowsACompanyThatSharedItsAssessment() throws Exception {
        Assessment submitted = submittedAndSharedWithParis();
        assertThat(submitted.getStatus()).hasToString("SUBMITTED");
        assertThat(submitted.getAnswers()).containsEntry("sector", "commerce")
                .containsEntry("employees", 12)
                .containsEntry("functions", List.of("marketing-commercial", "relation-client"));

        AssessmentsApi assessments = new AssessmentsApi(as("advisor.paris"));
        List<AssessmentSummary> listed = assessments.listAssessments(null, null, 0, null, null, null, null, 100, null, null)
                .getItems();
        assertThat(listed).extracting(AssessmentSummary::getId).contains(submitted.getId());

        AdvisorWorkspaceApi workspace = new AdvisorWorkspaceApi(as("advisor.paris"));
        Note note = workspace.addNote(submitted.getId(), new NoteInput().body("Premier rendez-vous fixé."),
                UUID.randomUUID().toString());
        assertThat(workspace.listNotes(submitted.getId())).extracting(Note::getId).contains(note.getId());
        Assessment overridden = workspace.overrideLevel(submitted.getId(), new LevelOverrideInput()
                .level(ReadinessLevel.DISCOVERING).justification("Pas encore de données exploitables."));
        assertThat(overridden.getOverride()).isNotNull();

        File export = workspace.exportAssessments(null, Format.CSV, null, null, null);
        assertThat(Files.readString(export.toPath())).startsWith("\uFEFF").contains(submitted.getId().toString());
    }

    @Test
    void aCrmSubscribesAWebhookAndReadsItsDeliveryLog() throws ApiException {
        WebhooksApi webhooks = new WebhooksApi(crmParis());
        Webhook subscribed = webhooks.subscribeWebhook(new WebhookInput().url("http://127.0.0.1:9/sdk-journey")
                .events(List.of("assessment.shared")).description("generated client " + UUID.randomUUID()),
                UUID.randomUUID().toString());
        try {
            assertThat(subscribed.getSecret()).as("the secret, shown once, on the 201").isNotBlank();
            assertThat(webhooks.getWebhook(subscribed.getId()).getSecret()).isNull();

            submittedAndSharedWithParis();
            List<WebhookDelivery> deliveries = await().atMost(Duration.ofSeconds(20)).until(
                    () -> webhooks.listWebhookDeliveries(subscribed.getId(), 0, 20, null).getItems(),
                    items -> !items.isEmpty());
            assertThat(deliveries).extracting(WebhookDelivery::getEventType).contains("assessment.shared");
        } finally {
            webhooks.deleteWebhook(subscribed.getId());
        }
    }

    @Test
    void aRefusalIsAProblemDocumentTheClientReads() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new AssessmentsApi(client(null)).listAssessments(null, null, null, null, null, null, null, null, null, null));
        assertThat(refused.getCode()).isEqualTo(401);
        Problem problem = client(null).getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getType()).hasToString("https://boussole-ia.fr/problems/unauthorized");
        assertThat(problem.getStatus()).isEqualTo(401);
    }
}
