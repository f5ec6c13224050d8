package fr.boussole.commons.idempotency;

import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import fr.boussole.commons.db.PostgresDatabases;
import io.quarkus.flyway.FlywayConfigurationCustomizer;

/** Creates commons' test database, if missing, just before Flyway migrates it. */
@ApplicationScoped
public class TestDatabaseBootstrap implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        PostgresDatabases.createConfiguredIfMissing();
    }
}
