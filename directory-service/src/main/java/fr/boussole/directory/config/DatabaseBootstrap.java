package fr.boussole.directory.config;

import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import fr.boussole.commons.db.PostgresDatabases;
import io.quarkus.flyway.FlywayConfigurationCustomizer;

/** Creates the service's database, if missing, just before Flyway migrates it at startup. */
@ApplicationScoped
public class DatabaseBootstrap implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        PostgresDatabases.createConfiguredIfMissing();
    }
}
