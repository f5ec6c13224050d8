package fr.boussole.assessment.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.assessment.repository.PersonalDataAccess;
import fr.boussole.assessment.service.privacy.PrivacyService;
import fr.boussole.commons.csv.Csv;

/**
 * A CCI's assessments (those its advisors started and those shared with it) with profile, scores, level and
 * follow-up, as CSV or JSON Lines, streamed from a database cursor straight to the client: the memory used does not
 * grow with the number of rows. Rows come in order of last update.
 */
@ApplicationScoped
public class AssessmentExportService {

    /** What an export holds and for whom. */
    public record Request(String cci, AssessmentStatus status, Instant since, Instant until) {
    }

    public enum Format {
        /** RFC 4180 in UTF-8 with a byte order mark, {@code ;}-separated by default for French spreadsheets. */
        CSV,
        /** One JSON object per line. */
        JSONL
    }

    static final List<String> COLUMNS = List.of("id", "siren", "company_name", "status", "origin",
            "questionnaire_version", "created_at_utc", "updated_at_utc", "submitted_at_utc", "score", "level",
            "computed_level", "level_overridden", "follow_up", "sector", "region", "departement", "employees",
            "revenue_band", "build_mode", "score_data", "score_skills", "score_funding", "score_strategy",
            "score_ethics");
    private static final List<String> DIMENSIONS = List.of("data", "skills", "funding", "strategy", "ethics");
    private static final int FETCH_SIZE = 500;
    private static final DateTimeFormatter SPREADSHEET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final PrivacyService privacy;

    AssessmentExportService(DataSource dataSource, PrivacyService privacy) {
        this.dataSource = dataSource;
        this.privacy = privacy;
    }

    /**
     * Checks who asks before anything is written (the CCI of an advisor or CRM), and logs the export: one line for
     * the CCI's export, and one in the access log of each company whose assessment it holds, written by a single
     * statement over the export's own selection.
     */
    public Request request(Caller caller, Format format, AssessmentStatus status, Instant since, Instant until) {
        String cci = caller.ownCci("Exports are a CCI's: its advisors and its CRM, with the cci claim in their token");
        Request request = new Request(cci, status, since, until);
        String detail = format + " export of the CCI's assessments, " + request;
        privacy.log(caller, PersonalDataAccess.Action.EXPORT, null, null, detail);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                PersonalDataAccess.INSERT_INTO + " SELECT now(), ?, ?, ?, 'EXPORT', a.siren, a.id, ? FROM assessment a"
                        + " WHERE "
                        + selection(request))) {
            insert.setString(1, caller.name());
            insert.setString(2, caller.role());
            insert.setString(3, caller.cci());
            insert.setString(4, detail);
            bindSelection(insert, 5, request);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The export could not be written to the access log", e);
        }
        return request;
    }

    public void write(Request request, Format format, char delimiter, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (format == Format.CSV) {
            writer.write('\uFEFF');
            writer.write(Csv.line(COLUMNS, delimiter));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement query = query(connection, request); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<Object> row = row(rows);
                    if (format == Format.CSV) {
                        writer.write(csvLine(row, delimiter));
                    } else {
                        writer.write(jsonLine(row));
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("The export could not be read from the database", e);
        }
        writer.flush();
    }

    private static PreparedStatement query(Connection connection, Request request) throws SQLException {
        StringBuilder dimensions = new StringBuilder();
        for (String dimension : DIMENSIONS) {
            dimensions.append(", (SELECT (d->>'score')::int FROM jsonb_array_elements(a.readiness->'dimensions') d")
                    .append(" WHERE d->>'dimension' = '").append(dimension).append("')");
        }
        String sql = "SELECT a.id, a.siren, a.company_name, a.status, a.origin, a.questionnaire_version,"
                + " a.created_at, a.updated_at, a.submitted_at, a.score, a.level, a.computed_level,"
                + " a.override_level IS NOT NULL, a.follow_up, a.sector, a.region, a.answers->>'departement',"
                + " (a.answers->>'employees')::bigint, a.answers->>'revenue-band', a.answers->>'build-mode'"
                + dimensions
                + " FROM assessment a WHERE " + selection(request)
                + " ORDER BY a.updated_at, a.id";
        PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        query.setFetchSize(FETCH_SIZE);
        bindSelection(query, 1, request);
        return query;
    }

    /**
     * The assessments of an export: the CCI's own and those shared with it, filtered on status and times when the
     * request names them ({@link #bindSelection} fills in the values).
     */
    private static String selection(Request request) {
        return "(a.owner_cci = ? OR EXISTS (SELECT 1 FROM assessment_sharing s"
                + "   WHERE s.assessment_id = a.id AND s.cci = ? AND s.revoked_at IS NULL))"
                + (request.status() == null ? "" : " AND a.status = ?")
                + (request.since() == null ? "" : " AND a.updated_at >= ?")
                + (request.until() == null ? "" : " AND a.updated_at < ?");
    }

    private static void bindSelection(PreparedStatement statement, int first, Request request) throws SQLException {
        int parameter = first;
        statement.setString(parameter++, request.cci());
        statement.setString(parameter++, request.cci());
        if (request.status() != null) {
            statement.setString(parameter++, request.status().name());
        }
        if (request.since() != null) {
            statement.setTimestamp(parameter++, Timestamp.from(request.since()));
        }
        if (request.until() != null) {
            statement.setTimestamp(parameter, Timestamp.from(request.until()));
        }
    }

    /** The row as the database types it (numbers, booleans, text), times as spreadsheet text. */
    private static List<Object> row(ResultSet rows) throws SQLException {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        for (int column = 1; column <= COLUMNS.size(); column++) {
            Object value = rows.getObject(column);
            row.add(value instanceof Timestamp ? SPREADSHEET_TIME.format(((Timestamp) value).toInstant())
                    : value instanceof UUID ? value.toString() : value);
        }
        return row;
    }

    /** Every value as text, none able to run as a formula where the file is opened (CSV injection). */
    private static String csvLine(List<Object> row, char delimiter) {
        return Csv.line(row.stream().map(value -> value == null ? null : Csv.inert(value.toString())).toList(),
                delimiter);
    }

    /** Numbers and booleans as such in JSON; everything else as text. */
    private static String jsonLine(List<Object> row) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            object.put(COLUMNS.get(i), row.get(i));
        }
        return JSON.writeValueAsString(object) + "\n";
    }
}
