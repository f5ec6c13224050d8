package fr.boussole.assessment.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that lets an anonymous person come back to a self-assessment: 256 random bits, given once at creation.
 * Only its SHA-256 is stored (a random token of that length needs no salt nor slow hash), so a database leak reveals
 * no working token.
 */
public final class ResumeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ResumeTokens() {
    }

    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
