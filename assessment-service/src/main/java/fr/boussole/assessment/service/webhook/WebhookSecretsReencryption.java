package fr.boussole.assessment.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.boussole.assessment.repository.WebhookRepository;
import fr.boussole.assessment.repository.WebhookSubscription;
import io.quarkus.scheduler.Scheduled;

/**
 * Finishes a key rotation: as the service starts, then every {@code boussole.webhooks.reencryption-interval}, every
 * webhook secret encrypted with a previous key (or in the first format) is encrypted again with the current key,
 * bound to its subscription. Once every replica runs with the new key and a run has passed, the previous key can
 * leave {@code boussole.webhooks.previous-encryption-keys}. A job rather than a startup step: the service starts
 * while its database is down, and the job tries again on its next run. The rows are locked while rewritten, so
 * replicas take turns.
 */
@ApplicationScoped
@Transactional
public class WebhookSecretsReencryption {

    static final String JOB = "webhook-secrets-reencryption";
    private static final Logger LOG = Logger.getLogger(WebhookSecretsReencryption.class);

    private final WebhookRepository webhooks;
    private final SecretCipher cipher;

    WebhookSecretsReencryption(WebhookRepository webhooks, SecretCipher cipher) {
        this.webhooks = webhooks;
        this.cipher = cipher;
    }

    @Scheduled(identity = JOB, every = "${boussole.webhooks.reencryption-interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int rewritten = reencrypt();
        if (rewritten > 0) {
            LOG.infof("Webhook secrets of %d subscription(s) encrypted again with the current key", rewritten);
        }
    }

    /** Returns how many subscriptions had a secret encrypted again. */
    public int reencrypt() {
        var stale = webhooks.subscriptionsWithSecretsNotUnder(cipher.currentPrefix());
        for (WebhookSubscription subscription : stale) {
            subscription.secret = again(subscription, subscription.secret);
            if (subscription.previousSecret != null) {
                subscription.previousSecret = again(subscription, subscription.previousSecret);
            }
        }
        return stale.size();
    }

    private String again(WebhookSubscription subscription, String stored) {
        return cipher.isStale(stored) ? cipher.encrypt(subscription.id, cipher.decrypt(subscription.id, stored))
                : stored;
    }
}
