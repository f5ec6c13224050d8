package fr.boussole.catalogue.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.boussole.catalogue.config.EmbedSettings;
import fr.boussole.catalogue.repository.EmbedKey;
import fr.boussole.catalogue.repository.EmbedKeyRepository;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo partner site's embed key, when the launcher names one ({@code boussole.embed.demo-key}, set by bin/suite,
 * never in production): made at startup to the demo's settings, whatever an earlier run left.
 */
@ApplicationScoped
public class DemoEmbedKey {

    private static final Logger LOG = Logger.getLogger(DemoEmbedKey.class);
    /** A plum with 9:1 contrast on white, unlike the catalogue's default blue, so the demo shows its branding. */
    private static final String BRAND_COLOUR = "#7a1f5c";

    private final EmbedKeyRepository keys;
    private final EmbedSettings settings;

    DemoEmbedKey(EmbedKeyRepository keys, EmbedSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @Transactional
    void create(@Observes StartupEvent started) {
        settings.demoKey().ifPresent(demo -> {
            Optional<EmbedKey> existing = keys.findByIdOptional(demo);
            EmbedKey key = existing.orElseGet(EmbedKey::new);
            key.partnerName = "Demo partner site";
            key.allowedOrigins = List.copyOf(settings.demoOrigins());
            key.brandColour = BRAND_COLOUR;
            key.defaultLanguage = "fr";
            key.active = true;
            if (existing.isEmpty()) {
                // the row is inserted as it stands when persisted: complete first
                key.key = demo;
                key.createdAt = Instant.now();
                key.createdBy = "seed";
                key.updatedAt = key.createdAt;
                keys.persist(key);
            }
            LOG.infof("Demo embed key %s for %s", demo, key.allowedOrigins);
        });
    }
}
