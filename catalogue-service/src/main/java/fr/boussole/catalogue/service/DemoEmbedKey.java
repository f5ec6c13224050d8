package fr.boussole.catalogue.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.boussole.catalogue.config.EmbedSettings;
import fr.boussole.catalogue.repository.EmbedKey;
import fr.boussole.catalogue.repository.EmbedKeyRepository;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo partner site's embed key, when the launcher names one ({@code boussole.embed.demo-key}, set by bin/suite
 * and docker-compose.yml, never in production): created at startup if missing, with the demo site's origins.
 */
@ApplicationScoped
public class DemoEmbedKey {

    private static final Logger LOG = Logger.getLogger(DemoEmbedKey.class);

    private final EmbedKeyRepository keys;
    private final EmbedSettings settings;

    DemoEmbedKey(EmbedKeyRepository keys, EmbedSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @Transactional
    void create(@Observes StartupEvent started) {
        settings.demoKey().filter(key -> keys.findByIdOptional(key).isEmpty()).ifPresent(demo -> {
            EmbedKey key = new EmbedKey();
            key.key = demo;
            key.partnerName = "Demo partner site";
            key.allowedOrigins = List.copyOf(settings.demoOrigins());
            key.brandColour = "#0b5394";
            key.defaultLanguage = "fr";
            key.active = true;
            key.createdAt = Instant.now();
            key.updatedAt = key.createdAt;
            key.createdBy = "seed";
            keys.persist(key);
            LOG.infof("Demo embed key %s for %s", demo, key.allowedOrigins);
        });
    }
}
