package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import fr.boussole.assessment.domain.DeliveryStatus;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;

/** Subscriptions, the outbox and its deliveries. */
@ApplicationScoped
public class WebhookRepository {

    private final EntityManager entities;

    WebhookRepository(EntityManager entities) {
        this.entities = entities;
    }

    public void persist(Object entity) {
        entities.persist(entity);
    }

    public void remove(Object entity) {
        entities.remove(entity);
    }

    public void flush() {
        entities.flush();
    }

    public Optional<WebhookSubscription> subscription(UUID id) {
        return Optional.ofNullable(entities.find(WebhookSubscription.class, id));
    }

    /** The subscriptions holding a secret not encrypted under this prefix (another key, or an older format). */
    public List<WebhookSubscription> subscriptionsWithSecretsNotUnder(String prefix) {
        return entities.createQuery("from WebhookSubscription where secret not like ?1"
                + " or (previousSecret is not null and previousSecret not like ?1) order by id",
                WebhookSubscription.class).setParameter(1, prefix + "%").setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public List<WebhookSubscription> subscriptionsOf(String cci) {
        return entities.createQuery("from WebhookSubscription where cci = ?1 order by createdAt, id",
                WebhookSubscription.class).setParameter(1, cci).getResultList();
    }

    /** The active subscriptions of these CCIs that want this event type. */
    public List<WebhookSubscription> listening(Collection<String> ccis, String eventType) {
        if (ccis.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("from WebhookSubscription where active = true and cci in ?1",
                WebhookSubscription.class).setParameter(1, ccis).getResultStream()
                .filter(subscription -> subscription.events.contains(eventType))
                .toList();
    }

    /**
     * The subscription's delivery; with {@code PESSIMISTIC_WRITE}, locked until the transaction ends, so that its
     * writers (dispatcher, redelivery) take turns.
     */
    public Optional<WebhookDelivery> delivery(UUID subscription, UUID id, LockModeType lock) {
        return Optional.ofNullable(entities.find(WebhookDelivery.class, id, lock))
                .filter(delivery -> delivery.subscriptionId.equals(subscription));
    }

    /** The delivery, locked until the transaction ends (see {@link #delivery}). */
    public Optional<WebhookDelivery> deliveryForUpdate(UUID id) {
        return Optional.ofNullable(entities.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public WebhookEvent event(String id) {
        return entities.find(WebhookEvent.class, id);
    }

    public Page<WebhookDelivery> deliveriesOf(UUID subscription, DeliveryStatus status, PageParams paging) {
        String where = "subscriptionId = ?1" + (status == null ? "" : " and status = ?2");
        var count = entities.createQuery("select count(*) from WebhookDelivery where " + where, Long.class)
                .setParameter(1, subscription);
        var page = entities.createQuery("from WebhookDelivery where " + where + " order by createdAt desc, id",
                WebhookDelivery.class).setParameter(1, subscription);
        if (status != null) {
            count.setParameter(2, status);
            page.setParameter(2, status);
        }
        List<WebhookDelivery> items = page.setFirstResult(paging.offset()).setMaxResults(paging.size)
                .getResultList();
        return Page.of(items, paging, count.getSingleResult());
    }

    public List<WebhookAttempt> attemptsOf(UUID delivery) {
        return entities.createQuery("from WebhookAttempt where deliveryId = ?1 order by attemptedAt, id",
                WebhookAttempt.class).setParameter(1, delivery).getResultList();
    }

    /**
     * Takes up to {@code limit} due deliveries of active subscriptions for this dispatcher (a paused one's wait): their
     * next attempt moves to the end of the lease, so no other dispatcher takes them meanwhile (rows another one is
     * taking are skipped, not waited for).
     */
    @SuppressWarnings("unchecked")
    public List<WebhookDelivery> takeDue(Instant now, Instant leaseEnd, int limit) {
        List<UUID> ids = entities.createNativeQuery("""
                SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1 AND s.active
                ORDER BY d.next_attempt_at LIMIT ?2 FOR UPDATE OF d SKIP LOCKED""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<WebhookDelivery> due = entities.createQuery("from WebhookDelivery where id in ?1", WebhookDelivery.class)
                .setParameter(1, ids).getResultList();
        due.forEach(delivery -> delivery.nextAttemptAt = leaseEnd);
        return due;
    }
}
