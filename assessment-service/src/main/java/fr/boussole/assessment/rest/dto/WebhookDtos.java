package fr.boussole.assessment.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.commons.idempotency.ShownOnce;

/** The bodies of the CCIs' webhook subscriptions and of their delivery log. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookInput")
    public record WebhookInput(
            @NotBlank @Size(max = 2000) @Schema(description = "HTTPS endpoint of the CRM; must resolve to public"
                    + " addresses", examples = "https://crm.cci-paris-idf.fr/hooks/boussole") String url,
            @NotEmpty @Size(max = 10) @Schema(description = "Event types to receive", examples = "[\"assessment.submitted\","
                    + " \"assessment.shared\"]") List<@NotBlank @Size(max = 60) String> events,
            @Size(max = 200) @Schema(examples = "CRM Paris, production") String description,
            @Schema(description = "false pauses deliveries: events meanwhile are not kept for it, and deliveries"
                    + " already queued wait until it is active again (within their retry window); default true")
            Boolean active) {
    }

    @Schema(name = "Webhook")
    public record WebhookView(
            UUID id,
            @Schema(examples = "cci-paris-idf") String cci,
            String url,
            @Schema(nullable = true) String description,
            List<String> events,
            boolean active,
            Instant createdAt,
            @Schema(examples = "advisor.paris") String createdBy,
            Instant updatedAt,
            @Schema(nullable = true, description = "After a rotation, until when the previous secret also signs")
            Instant previousSecretValidUntil,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(nullable = true,
                    description = "The signing secret (Standard Webhooks, whsec_…): only in the answer that creates"
                    + " or rotates it, never again (not in its idempotent replay either)",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            @ShownOnce String secret) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(
            UUID id,
            @Schema(description = "The webhook-id header, the same on every attempt", examples =
                    "msg_5f0c7a2e9d8b4c1e8a6f3b2d1c0e9f8a") String eventId,
            @Schema(examples = "assessment.submitted") String eventType,
            @Schema(examples = "PENDING", enumeration = { "PENDING", "DELIVERED", "FAILED" }) String status,
            int attempts,
            Instant createdAt,
            @Schema(nullable = true, description = "When the next attempt is due, while pending") Instant nextAttemptAt,
            @Schema(description = "Attempts stop here; then FAILED") Instant retryUntil,
            @Schema(nullable = true) Instant lastAttemptAt,
            @Schema(nullable = true, description = "The receiver's last HTTP status") Integer lastStatus,
            @Schema(nullable = true, description = "Why the last attempt failed, when the receiver gave no status")
            String lastError,
            @Schema(nullable = true) Instant deliveredAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true, implementation = Map.class,
                    description = "The body sent (one delivery only)") JsonNode payload,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true,
                    description = "Every attempt (one delivery only)")
            List<AttemptView> attemptLog) {
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptView(Instant attemptedAt, @Schema(nullable = true) Integer statusCode,
            @Schema(nullable = true) String error, int durationMs) {
    }
}
