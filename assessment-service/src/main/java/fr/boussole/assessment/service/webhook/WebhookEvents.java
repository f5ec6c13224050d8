package fr.boussole.assessment.service.webhook;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.boussole.assessment.config.WebhookSettings;
import fr.boussole.assessment.domain.DeliveryStatus;
import fr.boussole.assessment.repository.Assessment;
import fr.boussole.assessment.repository.WebhookDelivery;
import fr.boussole.assessment.repository.WebhookEvent;
import fr.boussole.assessment.repository.WebhookRepository;
import fr.boussole.assessment.repository.WebhookSubscription;

/**
 * Writes what happened to an assessment into the outbox, in the transaction of the change itself (MANDATORY): the
 * event and its deliveries commit with the change or not at all. The body follows Standard Webhooks' shape
 * ({@code type}, {@code timestamp}, {@code data}); {@code data} holds the assessment's id, company and result, not
 * its answers: a CRM reads the rest through the API with its own token.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class WebhookEvents {

    private final WebhookRepository webhooks;
    private final WebhookSettings settings;

    WebhookEvents(WebhookRepository webhooks, WebhookSettings settings) {
        this.webhooks = webhooks;
        this.settings = settings;
    }

    /** The CCIs that may read an assessment: the one whose advisor started it and the one it is shared with. */
    public static Set<String> readingCcis(Assessment assessment, String sharedWith) {
        Set<String> ccis = new LinkedHashSet<>();
        if (assessment.ownerCci != null) {
            ccis.add(assessment.ownerCci);
        }
        if (sharedWith != null) {
            ccis.add(sharedWith);
        }
        return ccis;
    }

    public void publish(WebhookEventType type, Assessment assessment, Set<String> ccis) {
        Instant now = Instant.now();
        for (String cci : ccis) {
            List<WebhookSubscription> listening = webhooks.listening(List.of(cci), type.code());
            if (listening.isEmpty()) {
                continue;
            }
            WebhookEvent event = new WebhookEvent();
            event.id = "msg_" + UUID.randomUUID().toString().replace("-", "");
            event.type = type.code();
            event.cci = cci;
            event.createdAt = now;
            event.payload = body(type, assessment, cci, now);
            webhooks.persist(event);
            for (WebhookSubscription subscription : listening) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.id = UUID.randomUUID();
                delivery.eventId = event.id;
                delivery.subscriptionId = subscription.id;
                delivery.status = DeliveryStatus.PENDING;
                delivery.nextAttemptAt = now;
                delivery.createdAt = now;
                delivery.retryUntil = now.plus(settings.giveUpAfter());
                webhooks.persist(delivery);
            }
        }
    }

    private static ObjectNode body(WebhookEventType type, Assessment assessment, String cci, Instant now) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", type.code());
        body.put("timestamp", now.toString());
        ObjectNode data = body.putObject("data");
        data.put("assessmentId", assessment.id.toString());
        data.put("cci", cci);
        if (type == WebhookEventType.ASSESSMENT_ERASED) {
            return body;
        }
        data.put("siren", assessment.siren);
        data.put("companyName", assessment.companyName);
        data.put("status", assessment.status.name());
        data.put("questionnaireVersion", assessment.questionnaireVersion);
        if (assessment.score != null) {
            data.put("score", assessment.score);
            data.put("level", assessment.level.name());
            data.put("computedLevel", assessment.computedLevel.name());
            data.put("submittedAt", assessment.submittedAt.toString());
        }
        data.put("levelOverridden", assessment.overrideLevel != null);
        return body;
    }
}
