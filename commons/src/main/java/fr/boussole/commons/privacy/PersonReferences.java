package fr.boussole.commons.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import fr.boussole.commons.idempotency.StoredAnswers;
import fr.boussole.commons.security.DataSubjectRights;

/**
 * The columns of a service's tables that name a person of the suite by username: who created, edited or published
 * something, wrote a note, granted a consent, read personal data. For a person's access request, the rows naming
 * them; for their erasure, {@link #ERASED} in their name's place (what was done stays, who did it goes), or the rows
 * deleted where the row is the person's own say (an opinion, say).
 * Plain JDBC on the service's datasource, so it joins the caller's transaction.
 */
public final class PersonReferences {

    /** What stands where an erased person's name was. */
    public static final String ERASED = "[erased]";

    /**
     * One column naming a person.
     *
     * @param table         the table
     * @param column        the column holding the username
     * @param shown         the columns (SQL select list) that tell the person which row it is, in an access export
     * @param rowsArePersonal whether an erasure deletes the rows rather than the name in them
     */
    public record Column(String table, String column, String shown, boolean rowsArePersonal) {

        /** A column whose rows outlive the person, without their name. */
        public static Column naming(String table, String column, String shown) {
            return new Column(table, column, shown, false);
        }

        /** A column whose rows are the person's own and go with them. */
        public static Column owning(String table, String column, String shown) {
            return new Column(table, column, shown, true);
        }

        /**
         * The people a curated content's rows name (the lifecycle columns of {@code CuratedEntity} and the actor of
         * each {@code CurationHistoryEntry}), its slug shown as {@code slug}.
         */
        public static List<Column> curatedContent(String table, String historyTable) {
            return List.of(naming(table, "created_by", "slug, created_at AS \"createdAt\""),
                    naming(table, "last_editor", "slug, updated_at AS \"updatedAt\""),
                    naming(table, "published_by", "slug, published_at AS \"publishedAt\""),
                    naming(historyTable, "actor", "slug, version, action, at"));
        }

        String key() {
            return table + "." + column;
        }

        String erasure() {
            return rowsArePersonal ? "DELETE FROM " + table + " WHERE " + column + " = ?"
                    : "UPDATE " + table + " SET " + column + " = '" + ERASED + "' WHERE " + column + " = ?";
        }
    }

    private final DataSource dataSource;
    private final List<Column> columns;

    public PersonReferences(DataSource dataSource, List<Column> columns) {
        this.dataSource = dataSource;
        this.columns = List.copyOf(columns);
    }

    /** A person's access request, by the person or an admin: {@code {person, references: find(person)}}. */
    public Map<String, Object> access(boolean admin, String callerName, String person) {
        DataSubjectRights.checkMayActForPerson(admin, callerName, person);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("person", person);
        data.put("references", find(person));
        return data;
    }

    /** A person's erasure, by the person or an admin: {@code {person, erased: erase(person)}}. */
    public Map<String, Object> erasure(boolean admin, String callerName, String person) {
        DataSubjectRights.checkMayActForPerson(admin, callerName, person);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("person", person);
        report.put("erased", erase(person));
        return report;
    }

    /** The rows naming the person, by {@code table.column}; columns naming nobody of that name are left out. */
    public Map<String, List<Map<String, Object>>> find(String person) {
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Column column : columns) {
                List<Map<String, Object>> rows = rows(connection, "SELECT " + column.shown() + " FROM "
                        + column.table() + " WHERE " + column.column() + " = ? ORDER BY 1", person);
                if (!rows.isEmpty()) {
                    found.put(column.key(), rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the references to a person", e);
        }
        return found;
    }

    /**
     * Erases the person's name (or rows) everywhere, and the answers kept for idempotent retries that name them; how
     * many rows changed or went, by {@code table.column}.
     */
    public Map<String, Integer> erase(String person) {
        Map<String, Integer> erased = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Column column : columns) {
                try (PreparedStatement erasure = connection.prepareStatement(column.erasure())) {
                    erasure.setString(1, person);
                    erased.put(column.key(), erasure.executeUpdate());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not erase the references to a person", e);
        }
        erased.put("idempotency_record.body", StoredAnswers.forgetMentionsOf(dataSource, person));
        return erased;
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, String person)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, person);
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = result.getObject(i);
                        row.put(meta.getColumnLabel(i), value instanceof Timestamp at ? at.toInstant() : value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
