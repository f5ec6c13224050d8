package fr.boussole.assessment.service.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import fr.boussole.assessment.config.WebhookSettings;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers the outbox: every poll it takes the due deliveries, posts them all at once to their receivers
 * ({@link WebhookSender}: each bounded by the request timeout, at the address its target was checked at) and
 * records each outcome. Any number of replicas may run it: a delivery is taken by one at a time. Delivery is at
 * least once; receivers drop repeats by webhook-id.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final WebhookSettings settings;

    WebhookDispatcher(WebhookOutbox outbox, WebhookSender sender, WebhookSettings settings) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
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
        if (outgoing.signature() == null) {
            return CompletableFuture.completedFuture(outgoing.outcome(started, null, "the subscription's signing"
                    + " secret could not be decrypted; nothing was sent (the service's log says why)"));
        }
        return sender.send(outgoing.url(), Map.of("Content-Type", "application/json",
                "User-Agent", "Boussole-IA-Webhooks/1",
                "webhook-id", outgoing.messageId(),
                "webhook-timestamp", Long.toString(outgoing.timestamp()),
                "webhook-signature", outgoing.signature()), outgoing.body())
                .thenApply(result -> outgoing.outcome(started, result.statusCode(), result.error()));
    }
}
