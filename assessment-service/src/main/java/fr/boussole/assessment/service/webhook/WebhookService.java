package fr.boussole.assessment.service.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.assessment.config.WebhookSettings;
import fr.boussole.assessment.domain.DeliveryStatus;
import fr.boussole.assessment.repository.WebhookAttempt;
import fr.boussole.assessment.repository.WebhookDelivery;
import fr.boussole.assessment.repository.WebhookRepository;
import fr.boussole.assessment.repository.WebhookSubscription;
import fr.boussole.assessment.rest.dto.WebhookDtos.AttemptView;
import fr.boussole.assessment.rest.dto.WebhookDtos.DeliveryView;
import fr.boussole.assessment.rest.dto.WebhookDtos.WebhookInput;
import fr.boussole.assessment.rest.dto.WebhookDtos.WebhookView;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;

/**
 * A CCI's webhook subscriptions and their delivery log. Only the advisors and the CRM of that CCI see or change
 * them; another CCI's subscription is answered as not found.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final SecretCipher cipher;
    private final WebhookSettings settings;

    WebhookService(WebhookRepository webhooks, WebhookTargets targets, SecretCipher cipher, WebhookSettings settings) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.cipher = cipher;
        this.settings = settings;
    }

    public WebhookView subscribe(Caller caller, WebhookInput input) {
        String cci = cciOf(caller);
        List<String> events = check(input);
        Instant now = Instant.now();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.cci = cci;
        subscription.createdAt = now;
        subscription.createdBy = caller.name();
        apply(subscription, input, events, now);
        String secret = WebhookSignatures.newSecret();
        subscription.secret = cipher.encrypt(subscription.id, secret);
        webhooks.persist(subscription);
        webhooks.flush();
        return view(subscription, secret);
    }

    @Transactional(TxType.SUPPORTS)
    public List<WebhookView> list(Caller caller) {
        return webhooks.subscriptionsOf(cciOf(caller)).stream().map(subscription -> view(subscription, null)).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public WebhookView get(Caller caller, UUID id) {
        return view(owned(caller, id), null);
    }

    public WebhookView update(Caller caller, UUID id, WebhookInput input) {
        WebhookSubscription subscription = owned(caller, id);
        List<String> events = check(input);
        apply(subscription, input, events, Instant.now());
        webhooks.flush();
        return view(subscription, null);
    }

    /** Removes the subscription with its pending deliveries and its log. */
    public void unsubscribe(Caller caller, UUID id) {
        webhooks.remove(owned(caller, id));
    }

    /** A new secret, shown once; the one before it keeps signing beside it for the configured overlap. */
    public WebhookView rotateSecret(Caller caller, UUID id) {
        WebhookSubscription subscription = owned(caller, id);
        Instant now = Instant.now();
        String secret = WebhookSignatures.newSecret();
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = now.plus(settings.previousSecretOverlap());
        subscription.secret = cipher.encrypt(subscription.id, secret);
        subscription.updatedAt = now;
        webhooks.flush();
        return view(subscription, secret);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<DeliveryView> deliveries(Caller caller, UUID id, DeliveryStatus status, PageParams paging) {
        owned(caller, id);
        return webhooks.deliveriesOf(id, status, paging).map(delivery -> view(delivery, false));
    }

    @Transactional(TxType.SUPPORTS)
    public DeliveryView delivery(Caller caller, UUID id, UUID deliveryId) {
        owned(caller, id);
        return view(deliveryOf(id, deliveryId, LockModeType.NONE), true);
    }

    /** Sends a delivery again now, whatever became of it, with a new day of retries. */
    public DeliveryView redeliver(Caller caller, UUID id, UUID deliveryId) {
        owned(caller, id);
        WebhookDelivery delivery = deliveryOf(id, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.retryUntil = now.plus(settings.giveUpAfter());
        delivery.deliveredAt = null;
        webhooks.flush();
        return view(delivery, false);
    }

    private WebhookDelivery deliveryOf(UUID id, UUID deliveryId, LockModeType lock) {
        return webhooks.delivery(id, deliveryId, lock)
                .orElseThrow(() -> ProblemException.notFound("Webhook delivery", deliveryId));
    }

    private WebhookSubscription owned(Caller caller, UUID id) {
        String cci = cciOf(caller);
        return webhooks.subscription(id).filter(subscription -> subscription.cci.equals(cci))
                .orElseThrow(() -> ProblemException.notFound("Webhook", id));
    }

    private static String cciOf(Caller caller) {
        return caller.ownCci("Webhooks belong to a CCI: only its advisors and its CRM, with the cci claim in their"
                + " token, manage them");
    }

    /** The event types, known and without repeats, once the URL is an acceptable target. */
    private List<String> check(WebhookInput input) {
        List<FieldError> errors = new ArrayList<>();
        targets.refusal(input.url()).ifPresent(reason -> errors.add(new FieldError("url", reason)));
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (int i = 0; i < input.events().size(); i++) {
            String event = input.events().get(i);
            if (WebhookEventType.of(event).isEmpty()) {
                errors.add(new FieldError("events[" + i + "]", "is no event type; one of "
                        + Arrays.stream(WebhookEventType.values()).map(WebhookEventType::code).toList()));
            }
            events.add(event);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
        return List.copyOf(events);
    }

    private static void apply(WebhookSubscription subscription, WebhookInput input, List<String> events,
            Instant now) {
        subscription.url = input.url().strip();
        subscription.events = events;
        subscription.description = input.description() == null ? null : input.description().strip();
        subscription.active = input.active() == null || input.active();
        subscription.updatedAt = now;
    }

    private static WebhookView view(WebhookSubscription subscription, String secret) {
        Instant previousUntil = subscription.previousSecretSignsAt(Instant.now()) ? subscription.previousSecretUntil
                : null;
        return new WebhookView(subscription.id, subscription.cci, subscription.url, subscription.description,
                subscription.events, subscription.active, subscription.createdAt, subscription.createdBy,
                subscription.updatedAt, previousUntil, secret);
    }

    private DeliveryView view(WebhookDelivery delivery, boolean whole) {
        var event = webhooks.event(delivery.eventId);
        List<AttemptView> attempts = whole ? webhooks.attemptsOf(delivery.id).stream()
                .map(WebhookService::view).toList() : null;
        return new DeliveryView(delivery.id, delivery.eventId, event.type, delivery.status.name(), delivery.attempts,
                delivery.createdAt, delivery.status == DeliveryStatus.PENDING ? delivery.nextAttemptAt : null,
                delivery.retryUntil, delivery.lastAttemptAt, delivery.lastStatus, delivery.lastError,
                delivery.deliveredAt, whole ? event.payload : null, attempts);
    }

    private static AttemptView view(WebhookAttempt attempt) {
        return new AttemptView(attempt.attemptedAt, attempt.statusCode, attempt.error, attempt.durationMs);
    }
}
