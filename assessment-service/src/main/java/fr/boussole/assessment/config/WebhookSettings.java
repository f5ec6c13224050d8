package fr.boussole.assessment.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are kept and delivered ({@code boussole.webhooks.*}). */
@ConfigMapping(prefix = "boussole.webhooks")
public interface WebhookSettings {

    /**
     * AES key (base64 of 32 bytes) that encrypts the signing secrets at rest. Set it per environment; the secrets
     * written with one key cannot be read with another.
     */
    String encryptionKey();

    /**
     * Keys that encrypted secrets before the current one (base64 each): they only decrypt, until the re-encryption
     * job has encrypted again with the current key what they encrypted (at startup, then every
     * {@code reencryption-interval}). Drop a key once every replica runs with the new one and the job has run.
     */
    Optional<List<String>> previousEncryptionKeys();

    /**
     * Private, loopback or link-local networks (CIDR) that targets may nevertheless be in, plain HTTP allowed:
     * none in production; the loopback network for the native suite and its tests.
     */
    Optional<List<String>> allowedPrivateNetworks();

    /** How often the dispatcher looks for due deliveries. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often secrets under a previous key are looked for and encrypted again (and once at startup). */
    @WithDefault("10m")
    Duration reencryptionInterval();

    /** Deliveries taken per look. */
    @WithDefault("50")
    int batchSize();

    /** How long a receiver has to answer one attempt. */
    @WithDefault("5s")
    Duration requestTimeout();

    /** While an attempt runs, no other dispatcher takes it; after a crash, it is retried when this has passed. */
    @WithDefault("30s")
    Duration lease();

    /** The wait after the first failed attempt, doubled after each further one, up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration firstBackoff();

    @WithDefault("2h")
    Duration maxBackoff();

    /** A delivery still failing this long after its event is marked failed (and may be redelivered by hand). */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** After a rotation, the old secret signs too for this long, so receivers can switch without losing events. */
    @WithDefault("24h")
    Duration previousSecretOverlap();
}
