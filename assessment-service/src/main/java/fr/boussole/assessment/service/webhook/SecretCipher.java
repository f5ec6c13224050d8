package fr.boussole.assessment.service.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.boussole.assessment.config.WebhookSettings;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Encrypts the webhooks' signing secrets at rest with AES-256-GCM: a copy of the database alone does not let anyone
 * sign events a CRM would trust. Stored as {@code v2:<key id>:} + base64 of the 12-byte nonce and the ciphertext,
 * where the key id is the start of the key's SHA-256 (so keys need no names) and the subscription's id is the
 * associated data: a ciphertext moved to another subscription's row does not decrypt.
 * <p>
 * Keys rotate: {@code boussole.webhooks.encryption-key} encrypts, and the keys of
 * {@code boussole.webhooks.previous-encryption-keys} still decrypt what they encrypted, until
 * {@link WebhookSecretsReencryption} has encrypted it again. Secrets of the first format ({@code v1:}, no
 * key id, no associated data) are read with any of the keys and re-encrypted the same way. The demo key, committed
 * in the repository, is refused outside the dev, test and demo profiles.
 */
@ApplicationScoped
public class SecretCipher {

    static final String FORMAT = "v2:";
    private static final String FIRST_FORMAT = "v1:";
    /** The key id of the demo key, which is in the repository for everyone to read. */
    static final String DEMO_KEY_ID = "0a544d2deb1d";
    static final Set<String> DEMO_PROFILES = Set.of("dev", "test", "demo");
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    /** Every key that may decrypt, the current one first, by key id. */
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    @Inject
    SecretCipher(WebhookSettings settings) {
        this(settings.encryptionKey(), settings.previousEncryptionKeys().orElse(List.of()), ConfigUtils.getProfiles());
    }

    SecretCipher(String currentKey, List<String> previousKeys, List<String> activeProfiles) {
        SecretKey current = key(currentKey, "boussole.webhooks.encryption-key");
        currentKeyId = keyId(current);
        if (currentKeyId.equals(DEMO_KEY_ID) && activeProfiles.stream().noneMatch(DEMO_PROFILES::contains)) {
            throw new IllegalStateException("boussole.webhooks.encryption-key is the demo key, which anyone can read"
                    + " in the repository; set BOUSSOLE_WEBHOOKS_ENCRYPTION_KEY to a key of your own (openssl rand"
                    + " -base64 32), or run the demo profile (QUARKUS_PROFILE=prod,demo)");
        }
        keys.put(currentKeyId, current);
        for (String previous : previousKeys) {
            SecretKey key = key(previous, "boussole.webhooks.previous-encryption-keys");
            keys.putIfAbsent(keyId(key), key);
        }
    }

    /** The secret of subscription {@code owner}, encrypted with the current key and bound to that subscription. */
    public String encrypt(UUID owner, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(owner));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return currentPrefix() + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret could not be encrypted", e);
        }
    }

    /** The secret of subscription {@code owner}, from what {@link #encrypt} stored for it. */
    public String decrypt(UUID owner, String stored) {
        if (stored.startsWith(FORMAT)) {
            int separator = stored.indexOf(':', FORMAT.length());
            SecretKey key = separator < 0 ? null : keys.get(stored.substring(FORMAT.length(), separator));
            if (key == null) {
                throw new IllegalStateException("A webhook secret is encrypted with a key this service does not have:"
                        + " add it to boussole.webhooks.previous-encryption-keys");
            }
            try {
                return open(key, stored.substring(separator + 1), associatedData(owner));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("A webhook secret does not decrypt for subscription " + owner
                        + ": it was encrypted for another one, or altered", e);
            }
        }
        if (stored.startsWith(FIRST_FORMAT)) {
            for (SecretKey key : keys.values()) {
                try {
                    return open(key, stored.substring(FIRST_FORMAT.length()), null);
                } catch (GeneralSecurityException wrongKey) {
                    // the next key, perhaps
                }
            }
            throw new IllegalStateException("A webhook secret of the first format decrypts with none of the keys");
        }
        throw new IllegalStateException("A webhook secret is stored in an unknown format");
    }

    /** Whether a stored secret should be encrypted again: another key, or the first format. */
    public boolean isStale(String stored) {
        return !stored.startsWith(currentPrefix());
    }

    /** The prefix of every secret encrypted with the current key. */
    String currentPrefix() {
        return FORMAT + currentKeyId + ':';
    }

    private static String open(SecretKey key, String base64, byte[] associatedData) throws GeneralSecurityException {
        byte[] all = Base64.getDecoder().decode(base64);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
        if (associatedData != null) {
            cipher.updateAAD(associatedData);
        }
        return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    private static byte[] associatedData(UUID owner) {
        return ("webhook-subscription:" + owner).getBytes(StandardCharsets.US_ASCII);
    }

    private static SecretKey key(String base64, String property) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(property + " must be the base64 of 32 bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The first 6 bytes of the key's SHA-256, in hex: names the key without revealing it. */
    static String keyId(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
