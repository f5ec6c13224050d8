package fr.boussole.commons.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** On PostgreSQL (database commons_test): two tables that name their authors, as the services' do. */
@QuarkusTest
class PersonReferencesTest {

    @Inject
    DataSource dataSource;

    private PersonReferences references;

    @BeforeEach
    void tables() throws SQLException {
        execute("""
                DROP TABLE IF EXISTS probe_note, probe_page;
                CREATE TABLE probe_page (slug text PRIMARY KEY, created_by text NOT NULL, published_by text);
                CREATE TABLE probe_note (id int PRIMARY KEY, author text NOT NULL, body text, at timestamptz);
                INSERT INTO probe_page VALUES ('chatbot', 'curator.alice', 'curator.bruno'),
                                              ('vision', 'curator.bruno', 'curator.alice'),
                                              ('tri', 'curator.bruno', NULL);
                INSERT INTO probe_note VALUES (1, 'curator.alice', 'à relire', '2026-11-27T08:00:00Z'),
                                              (2, 'curator.alice.bis', 'autre personne', NULL)""");
        references = new PersonReferences(dataSource, List.of(
                PersonReferences.Column.naming("probe_page", "created_by", "slug"),
                PersonReferences.Column.naming("probe_page", "published_by", "slug"),
                PersonReferences.Column.owning("probe_note", "author", "id, body, at AS \"writtenAt\"")));
    }

    @Test
    void anAccessRequestListsTheRowsNamingThePersonAndOnlyThem() {
        Map<String, List<Map<String, Object>>> found = references.find("curator.alice");

        assertThat(found).containsOnlyKeys("probe_page.created_by", "probe_page.published_by", "probe_note.author");
        assertThat(found.get("probe_page.created_by")).containsExactly(Map.of("slug", "chatbot"));
        assertThat(found.get("probe_page.published_by")).containsExactly(Map.of("slug", "vision"));
        assertThat(found.get("probe_note.author")).containsExactly(Map.of("id", 1, "body", "à relire",
                "writtenAt", Instant.parse("2026-11-27T08:00:00Z")));
        assertThat(references.find("nobody")).isEmpty();
    }

    @Test
    void anErasureReplacesTheNameOrDeletesThePersonsOwnRowsAndLeavesOthersAlone() throws SQLException {
        Map<String, Integer> erased = references.erase("curator.alice");

        assertThat(erased).containsEntry("probe_page.created_by", 1).containsEntry("probe_page.published_by", 1)
                .containsEntry("probe_note.author", 1);
        assertThat(references.find("curator.alice")).isEmpty();
        assertThat(single("SELECT string_agg(slug || ':' || created_by || ':' || coalesce(published_by, '-'), ','"
                + " ORDER BY slug) FROM probe_page"))
                .isEqualTo("chatbot:[erased]:curator.bruno,tri:curator.bruno:-,vision:curator.bruno:[erased]");
        assertThat(single("SELECT string_agg(author || ':' || body, ',' ORDER BY id) FROM probe_note"))
                .isEqualTo("curator.alice.bis:autre personne");
        assertThat(references.erase("curator.alice")).containsEntry("probe_page.created_by", 0)
                .containsEntry("probe_note.author", 0);
    }

    @Test
    void storedAnswersMentioningAnErasedSubjectAreForgotten() throws SQLException {
        execute("""
                DELETE FROM idempotency_record WHERE caller LIKE 'probe:%';
                INSERT INTO idempotency_record (caller, idempotency_key, fingerprint, created_at, status, body) VALUES
                    ('probe:a', 'k1', 'f', now(), 201, '{"author":"curator.alice","body":"x"}'),
                    ('probe:a', 'k2', 'f', now(), 201, '{"author":"curator.alice.bis"}'),
                    ('probe:a', 'k3', 'f', now(), NULL, NULL)""");

        assertThat(references.erase("curator.alice")).containsEntry("idempotency_record.body", 1);
        assertThat(single("SELECT string_agg(idempotency_key, ',' ORDER BY idempotency_key) FROM idempotency_record"
                + " WHERE caller = 'probe:a'")).isEqualTo("k2,k3");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
