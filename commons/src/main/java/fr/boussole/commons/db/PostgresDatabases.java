package fr.boussole.commons.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Creates a service's PostgreSQL database when it does not exist yet, through the server's maintenance database,
 * so a service owns its database from the first start on a bare server (database-per-service).
 */
public final class PostgresDatabases {

    private static final Logger LOG = Logger.getLogger(PostgresDatabases.class);
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?");
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private PostgresDatabases() {
    }

    /**
     * Creates the database of the application's default datasource ({@code quarkus.datasource.*}) if missing.
     * Call it from a {@code FlywayConfigurationCustomizer}: Quarkus runs those just before migrating at startup.
     */
    public static boolean createConfiguredIfMissing() {
        Config config = ConfigProvider.getConfig();
        return createIfMissing(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /**
     * Creates the database named in {@code jdbcUrl} if missing. Failures are logged, not thrown: when the server
     * is down or the user may not create databases, the migration that follows reports the real problem.
     *
     * @return true when this call created the database
     */
    public static boolean createIfMissing(String jdbcUrl, String user, String password) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a database name: " + jdbcUrl);
        }
        String database = url.group(2);
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database names must be lower-case identifiers, not: " + database);
        }
        String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) == null ? "" : url.group(3));
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            if (exists(connection, database)) {
                return false;
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database + "\"");
                LOG.infof("Created database %s", database);
                return true;
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false;
            }
            LOG.warnf("Could not make sure database %s exists (%s); migrations will tell if it is missing",
                    database, e.getMessage());
            return false;
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
