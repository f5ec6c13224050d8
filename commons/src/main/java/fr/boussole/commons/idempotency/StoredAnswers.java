package fr.boussole.commons.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The answers kept for a day so that a retried request gets its first answer: an erasure must reach them too. The
 * ones that mention the erased subject are forgotten; a retry of such a request then runs again.
 */
public final class StoredAnswers {

    private StoredAnswers() {
    }

    /** Deletes the stored answers whose JSON has {@code value} as a string; how many. */
    public static int forgetMentionsOf(DataSource dataSource, String value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM idempotency_record WHERE strpos(body, ?) > 0")) {
            delete.setString(1, '"' + value + '"');
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not forget the stored answers mentioning an erased subject", e);
        }
    }
}
