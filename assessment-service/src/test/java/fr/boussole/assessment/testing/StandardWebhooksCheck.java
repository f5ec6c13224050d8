package fr.boussole.assessment.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.boussole.commons.testing.WebhookReceiver;

/**
 * The receiving side of the Standard Webhooks specification, written from the specification for the tests, apart
 * from the service's signing code: true when one of the header's v1 signatures matches the secret and the
 * timestamp is within five minutes.
 */
public final class StandardWebhooksCheck {

    private StandardWebhooksCheck() {
    }

    public static boolean verifies(String secret, WebhookReceiver.Received request) {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        String signatures = request.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + request.body())
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(signatures.split(" "))
                    .filter(signature -> signature.startsWith("v1,"))
                    .map(signature -> Base64.getDecoder().decode(signature.substring(3)))
                    .anyMatch(candidate -> MessageDigest.isEqual(candidate, expected));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
