package fr.boussole.assessment.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.boussole.assessment.config.WebhookSettings;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers the outbox: every poll it takes the due deliveries, posts them all at once to their receivers (each
 * bounded by the request timeout, redirects not followed) and records each outcome. Any number of replicas may
 * run it: a delivery is taken by one at a time. Delivery is at least once; receivers drop repeats by webhook-id.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final WebhookOutbox outbox;
    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final HttpClient http;

    WebhookDispatcher(WebhookOutbox outbox, WebhookTargets targets, WebhookSettings settings) {
        this.outbox = outbox;
        this.targets = targets;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${boussole.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        List<WebhookOutbox.Outgoing> due;
        do {
            due = outbox.takeDue();
            List<CompletableFuture<WebhookOutbox.Outcome>> attempts = due.stream().map(this::attempt).toList();
            for (CompletableFuture<WebhookOutbox.Outcome> attempt : attempts) {
                outbox.record(attempt.join());
            }
        } while (due.size() == settings.batchSize());
    }

    private CompletableFuture<WebhookOutbox.Outcome> attempt(WebhookOutbox.Outgoing outgoing) {
        Instant started = Instant.now();
        Optional<String> refusal = targets.refusal(outgoing.url());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(outgoing.outcome(started, null, "target " + refusal.get()));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.url()))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Boussole-IA-Webhooks/1")
                .header("webhook-id", outgoing.messageId())
                .header("webhook-timestamp", Long.toString(outgoing.timestamp()))
                .header("webhook-signature", outgoing.signature())
                .POST(HttpRequest.BodyPublishers.ofString(outgoing.body()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> outgoing.outcome(started, response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "the receiver answered " + response.statusCode()))
                .exceptionally(failure -> {
                    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                    LOG.debugf("Webhook delivery %s failed: %s", outgoing.deliveryId(), cause);
                    return outgoing.outcome(started, null, cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
                });
    }
}
