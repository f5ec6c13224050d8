package fr.boussole.commons.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Starts a service whose database cannot be reached: no clean, no migration, no seed, no schema validation. */
public class UnreachableDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/unreachable?connectTimeout=1",
                "quarkus.flyway.migrate-at-start", "false",
                "quarkus.flyway.clean-at-start", "false",
                "quarkus.hibernate-orm.schema-management.strategy", "none",
                "boussole.seed.enabled", "false");
    }
}
