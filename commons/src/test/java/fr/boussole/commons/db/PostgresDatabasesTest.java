package fr.boussole.commons.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the real local PostgreSQL server. */
class PostgresDatabasesTest {

    private static final String SERVER = "jdbc:postgresql://localhost:5432/";
    private final String database = "commons_test_" + Long.toHexString(System.nanoTime());

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "boussole", "boussole");
                Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void createsTheDatabaseOnceAndThenLeavesItAlone() throws SQLException {
        assertThat(PostgresDatabases.createIfMissing(SERVER + database + "?connectTimeout=5", "boussole", "boussole"))
                .isTrue();
        try (Connection connection = DriverManager.getConnection(SERVER + database, "boussole", "boussole");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(database);
        }
        assertThat(PostgresDatabases.createIfMissing(SERVER + database, "boussole", "boussole")).isFalse();
    }

    @Test
    void anUnreachableServerIsReportedByTheMigrationNotHere() {
        assertThat(PostgresDatabases.createIfMissing("jdbc:postgresql://localhost:1/" + database, "boussole", "boussole"))
                .isFalse();
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> PostgresDatabases.createIfMissing(SERVER + "x\";DROP", "boussole", "boussole"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresDatabases.createIfMissing("jdbc:mysql://localhost/x", "boussole", "boussole"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
