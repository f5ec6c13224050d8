package fr.boussole.assessment.service.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.assessment.config.WebhookSettings;
import fr.boussole.assessment.domain.DeliveryStatus;
import fr.boussole.assessment.repository.WebhookAttempt;
import fr.boussole.assessment.repository.WebhookDelivery;
import fr.boussole.assessment.repository.WebhookEvent;
import fr.boussole.assessment.repository.WebhookRepository;
import fr.boussole.assessment.repository.WebhookSubscription;

/**
 * The dispatcher's two short transactions around each attempt: taking due deliveries (under a lease, so a crash
 * mid-attempt only delays them) and writing down how the attempt went. Sending happens between the two, outside
 * any transaction. The lease is the delivery's next attempt time set to the lease's end: if it has changed when the
 * outcome comes back, someone rescheduled the delivery meanwhile (a redelivery asked for by hand, or another
 * dispatcher after the lease ran out), and their schedule stands; the attempt is only logged.
 */
@ApplicationScoped
@Transactional
public class WebhookOutbox {

    /**
     * One attempt to make: where, and exactly what to send, under a lease ending at {@code leasedUntil}; no
     * signature when the subscription's secret could not be read.
     */
    public record Outgoing(UUID deliveryId, Instant leasedUntil, String url, String messageId, long timestamp,
            String body, String signature) {

        /** How this attempt, started at {@code started}, went. */
        public Outcome outcome(Instant started, Integer statusCode, String error) {
            return new Outcome(deliveryId, leasedUntil, started, statusCode, error,
                    (int) Duration.between(started, Instant.now()).toMillis());
        }
    }

    /** How an attempt went: the receiver's status, or why there was none. */
    public record Outcome(UUID deliveryId, Instant leasedUntil, Instant attemptedAt, Integer statusCode, String error,
            int durationMs) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ERROR_LENGTH = 500;

    private final WebhookRepository webhooks;
    private final SecretCipher cipher;
    private final WebhookSettings settings;

    WebhookOutbox(WebhookRepository webhooks, SecretCipher cipher, WebhookSettings settings) {
        this.webhooks = webhooks;
        this.cipher = cipher;
        this.settings = settings;
    }

    public List<Outgoing> takeDue() {
        Instant now = Instant.now();
        // the column keeps microseconds: the lease compares equal once stored
        Instant leaseEnd = now.plus(settings.lease()).truncatedTo(ChronoUnit.MICROS);
        List<Outgoing> outgoing = new ArrayList<>();
        for (WebhookDelivery delivery : webhooks.takeDue(now, leaseEnd, settings.batchSize())) {
            WebhookSubscription subscription = webhooks.subscription(delivery.subscriptionId).orElseThrow();
            WebhookEvent event = webhooks.event(delivery.eventId);
            String body = json(event);
            long timestamp = now.getEpochSecond();
            outgoing.add(new Outgoing(delivery.id, leaseEnd, subscription.url, event.id, timestamp, body,
                    signature(subscription, now, event.id, timestamp, body)));
        }
        return outgoing;
    }

    public void record(Outcome outcome) {
        WebhookDelivery delivery = webhooks.deliveryForUpdate(outcome.deliveryId()).orElse(null);
        if (delivery == null) {
            return; // unsubscribed meanwhile
        }
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = outcome.attemptedAt();
        attempt.statusCode = outcome.statusCode();
        attempt.error = truncated(outcome.error());
        attempt.durationMs = outcome.durationMs();
        webhooks.persist(attempt);

        delivery.attempts++;
        delivery.lastAttemptAt = outcome.attemptedAt();
        delivery.lastStatus = outcome.statusCode();
        delivery.lastError = attempt.error;
        if (!outcome.leasedUntil().equals(delivery.nextAttemptAt)) {
            return; // rescheduled meanwhile
        }
        Instant now = Instant.now();
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
        } else if (!now.isBefore(delivery.retryUntil)) {
            delivery.status = DeliveryStatus.FAILED;
        } else {
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        }
    }

    /** First backoff, doubled after each failure, up to the maximum, with ±10% jitter so retries spread out. */
    Duration backoff(int failures) {
        Duration first = settings.firstBackoff();
        Duration max = settings.maxBackoff();
        int doublings = Math.min(failures - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        if (wait.compareTo(max) > 0 || wait.isNegative()) {
            wait = max;
        }
        long jitter = (long) (wait.toMillis() * 0.1 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        return wait.plusMillis(jitter);
    }

    /**
     * The webhook-signature header, or null when a secret does not decrypt (a key missing from the configuration, a
     * row altered or copied from another subscription): that delivery fails, the others of the batch go out.
     */
    private String signature(WebhookSubscription subscription, Instant now, String messageId, long timestamp,
            String body) {
        List<String> secrets = new ArrayList<>();
        try {
            secrets.add(cipher.decrypt(subscription.id, subscription.secret));
            if (subscription.previousSecretSignsAt(now)) {
                secrets.add(cipher.decrypt(subscription.id, subscription.previousSecret));
            }
        } catch (IllegalStateException unreadable) {
            LOG.errorf("Webhook subscription %s: %s", subscription.id, unreadable.getMessage());
            return null;
        }
        return WebhookSignatures.header(secrets, messageId, timestamp, body);
    }

    private static String json(WebhookEvent event) {
        try {
            return JSON.writeValueAsString(event.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncated(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }
}
