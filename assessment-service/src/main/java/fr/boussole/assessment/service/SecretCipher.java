package fr.boussole.assessment.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import fr.boussole.assessment.config.WebhookSettings;

/**
 * Encrypts the webhooks' signing secrets at rest with AES-256-GCM ({@code boussole.webhooks.encryption-key}): a
 * copy of the database alone does not let anyone sign events a CRM would trust. Stored as {@code v1:} + base64 of
 * the 12-byte nonce and the ciphertext.
 */
@ApplicationScoped
public class SecretCipher {

    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretCipher(WebhookSettings settings) {
        byte[] bytes = Base64.getDecoder().decode(settings.encryptionKey());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("boussole.webhooks.encryption-key must be the base64 of 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String encrypt(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret could not be encrypted", e);
        }
    }

    public String decrypt(String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("A webhook secret is stored in an unknown format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret could not be decrypted: was the encryption key changed?",
                    e);
        }
    }
}
