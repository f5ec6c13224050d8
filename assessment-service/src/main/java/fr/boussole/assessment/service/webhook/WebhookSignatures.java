package fr.boussole.assessment.service.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of the Standard Webhooks specification: the signed content is {@code id.timestamp.body}, the
 * signature {@code v1,} + base64 of its HMAC-SHA256 with the secret's bytes (base64 after {@code whsec_}), and the
 * {@code webhook-signature} header lists one per secret in use, separated by spaces.
 */
public final class WebhookSignatures {

    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignatures() {
    }

    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(secret);
    }

    /** The {@code webhook-signature} header value for these secrets, the newest first. */
    public static String header(List<String> secrets, String messageId, long timestampSeconds, String body) {
        String signed = messageId + '.' + timestampSeconds + '.' + body;
        return secrets.stream().map(secret -> "v1," + sign(secret, signed)).collect(Collectors.joining(" "));
    }

    private static String sign(String secret, String content) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            byte[] key = Base64.getDecoder().decode(secret.startsWith(SECRET_PREFIX)
                    ? secret.substring(SECRET_PREFIX.length()) : secret);
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(hmac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
