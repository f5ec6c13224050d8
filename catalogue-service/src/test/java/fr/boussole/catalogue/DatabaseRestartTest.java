package fr.boussole.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Regression (faults under load, bench/faults.sh): when PostgreSQL restarts, it ends every connection ("terminating
 * connection due to administrator command", SQL state 57P01), and the requests that met one were answered 500. They
 * are a 503 with Retry-After, as while the database is away, and the pool's next connections work.
 */
@QuarkusTest
class DatabaseRestartTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void connectionsEndedByADatabaseRestartAreA503ThenTheServiceRecovers() throws Exception {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/catalogue/use-cases?q=ventes").then().statusCode(200);
        }
        try (Connection admin = DriverManager.getConnection(url, username, password)) {
            admin.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }

        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Response response = given().when().get("/api/v1/catalogue/use-cases?q=ventes");
            answers.add(response.statusCode());
            if (response.statusCode() == 503) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.header("Retry-After")).isNotBlank();
            }
        }
        assertThat(answers).as("answers after the restart").allMatch(status -> status == 200 || status == 503);
        assertThat(answers.get(answers.size() - 1)).as("recovered").isEqualTo(200);
    }
}
