package fr.boussole.assessment.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.boussole.assessment.testing.FirstFormatSecrets;

/** The webhook secrets at rest: bound to their subscription, named by their key, readable across a key rotation. */
class SecretCipherTest {

    private static final String DEMO_KEY = "ZGVtby1rZXktb2YtdGhlLWJvdXNzb2xlLXN1aXRlISE=";
    private static final List<String> PRODUCTION = List.of("prod");

    private final String oldKey = newKey();
    private final String newKey = newKey();
    private final UUID subscription = UUID.randomUUID();

    @Test
    void aSecretIsStoredUnderItsKeyIdAndReadBackForItsSubscription() {
        SecretCipher cipher = new SecretCipher(newKey, List.of(), PRODUCTION);

        String stored = cipher.encrypt(subscription, "whsec_abc");

        assertThat(stored).startsWith(cipher.currentPrefix()).matches("v2:[0-9a-f]{12}:[A-Za-z0-9+/=]+")
                .doesNotContain("whsec_abc");
        assertThat(cipher.decrypt(subscription, stored)).isEqualTo("whsec_abc");
        assertThat(cipher.isStale(stored)).isFalse();
    }

    @Test
    void aCiphertextMovedToAnotherSubscriptionDoesNotDecrypt() {
        SecretCipher cipher = new SecretCipher(newKey, List.of(), PRODUCTION);
        String stored = cipher.encrypt(subscription, "whsec_abc");

        assertThatThrownBy(() -> cipher.decrypt(UUID.randomUUID(), stored))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another one, or altered");
    }

    @Test
    void afterARotationThePreviousKeyStillReadsWhatItEncrypted() {
        String storedBefore = new SecretCipher(oldKey, List.of(), PRODUCTION).encrypt(subscription, "whsec_old");
        SecretCipher rotated = new SecretCipher(newKey, List.of(oldKey), PRODUCTION);

        assertThat(rotated.decrypt(subscription, storedBefore)).isEqualTo("whsec_old");
        assertThat(rotated.isStale(storedBefore)).as("to be encrypted again with the new key").isTrue();
        assertThat(rotated.encrypt(subscription, "whsec_new")).startsWith(rotated.currentPrefix())
                .doesNotStartWith(storedBefore.substring(0, 16));
        assertThatThrownBy(() -> new SecretCipher(newKey, List.of(), PRODUCTION).decrypt(subscription, storedBefore))
                .hasMessageContaining("previous-encryption-keys");
    }

    @Test
    void secretsOfTheFirstFormatAreReadWithAnyKeyAndAreStale() throws Exception {
        String firstFormat = FirstFormatSecrets.encrypt(oldKey, "whsec_first");
        SecretCipher rotated = new SecretCipher(newKey, List.of(oldKey), PRODUCTION);

        assertThat(rotated.decrypt(subscription, firstFormat)).isEqualTo("whsec_first");
        assertThat(rotated.isStale(firstFormat)).isTrue();
        assertThatThrownBy(() -> new SecretCipher(newKey, List.of(), PRODUCTION).decrypt(subscription, firstFormat))
                .hasMessageContaining("none of the keys");
    }

    @Test
    void theDemoKeyIsRefusedOutsideTheDemoProfiles() {
        assertThatThrownBy(() -> new SecretCipher(DEMO_KEY, List.of(), PRODUCTION))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo key");
        assertThatThrownBy(() -> new SecretCipher(newKey, List.of(), PRODUCTION).decrypt(subscription,
                new SecretCipher(DEMO_KEY, List.of(), List.of("prod", "demo")).encrypt(subscription, "s")))
                .as("nor is it a reason to read its secrets with another key").isInstanceOf(IllegalStateException.class);
        for (List<String> profiles : List.of(List.of("prod", "demo"), List.of("dev"), List.of("test"))) {
            SecretCipher demo = new SecretCipher(DEMO_KEY, List.of(), profiles);
            assertThat(demo.decrypt(subscription, demo.encrypt(subscription, "whsec_demo"))).isEqualTo("whsec_demo");
        }
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64IsRefused() {
        assertThatThrownBy(() -> new SecretCipher("c2hvcnQ=", List.of(), PRODUCTION))
                .hasMessageContaining("base64 of 32 bytes");
        assertThatThrownBy(() -> new SecretCipher(newKey, List.of("not base64!"), PRODUCTION))
                .hasMessageContaining("previous-encryption-keys");
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
