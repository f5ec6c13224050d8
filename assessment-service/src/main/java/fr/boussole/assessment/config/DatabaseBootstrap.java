package fr.boussole.assessment.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import fr.boussole.commons.db.PostgresDatabases;
import io.quarkus.flyway.FlywayConfigurationCustomizer;

/** Creates the service's database, if missing, just before Flyway migrates it at startup. */
@ApplicationScoped
public class DatabaseBootstrap implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Override
    public void customize(FluentConfiguration configuration) {
        PostgresDatabases.createIfMissing(jdbcUrl, username, password.orElse(""));
    }
}
