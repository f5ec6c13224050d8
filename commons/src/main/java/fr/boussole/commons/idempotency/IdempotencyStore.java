package fr.boussole.commons.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The {@code idempotency_record} table (migration {@code db/idempotency}), in plain JDBC so any service with a
 * datasource can use it. Each statement is its own transaction: a key is claimed before the request runs and its
 * answer stored after the request's own transaction has committed. A claim is named by the time it was made: a
 * claim that never got its answer (the service crashed meanwhile) expires after the claim timeout, and the request
 * that held it then stores nothing over the claim that replaced it.
 */
class IdempotencyStore {

    /** The first answer to a key, as it will be replayed. */
    record StoredAnswer(int status, String contentType, Map<String, String> headers, String body) {
    }

    /** What is known of a key someone else claimed: a different request, or the same one, done or in progress. */
    record Claimed(String fingerprint, Optional<StoredAnswer> answer) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final Duration timeToLive;
    private final Duration claimTimeout;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    IdempotencyStore(DataSource dataSource, Duration timeToLive, Duration claimTimeout) {
        this.dataSource = dataSource;
        this.timeToLive = timeToLive;
        this.claimTimeout = claimTimeout;
    }

    /**
     * Claims the key for this request: the time of the claim when the key was free, its record had expired, or it
     * was claimed longer than the claim timeout ago without an answer (then replaced); empty when another request
     * holds it, and {@link #claimed} then says what that request was.
     */
    Optional<Instant> claim(String caller, String key, String fingerprint) throws SQLException {
        // the column keeps microseconds: the claim's time compares equal once stored
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        purgeExpiredNowAndThen(now);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO idempotency_record (caller, idempotency_key, fingerprint, created_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (caller, idempotency_key) DO UPDATE
                            SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at,
                                status = NULL, content_type = NULL, headers = NULL, body = NULL
                            WHERE idempotency_record.created_at < ?
                               OR idempotency_record.status IS NULL AND idempotency_record.created_at < ?""")) {
            insert.setString(1, caller);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now.minus(timeToLive)));
            insert.setTimestamp(6, Timestamp.from(now.minus(claimTimeout)));
            return insert.executeUpdate() == 1 ? Optional.of(now) : Optional.empty();
        }
    }

    Optional<Claimed> claimed(String caller, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT fingerprint, status, content_type, headers, body FROM idempotency_record
                        WHERE caller = ? AND idempotency_key = ?""")) {
            select.setString(1, caller);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int status = row.getInt(2);
                Optional<StoredAnswer> answer = row.wasNull() ? Optional.empty()
                        : Optional.of(new StoredAnswer(status, row.getString(3), headers(row.getString(4)),
                                row.getString(5)));
                return Optional.of(new Claimed(row.getString(1), answer));
            }
        }
    }

    /** Stores the answer of the claim made at {@code claimedAt}; false when that claim was replaced meanwhile. */
    boolean complete(String caller, String key, Instant claimedAt, StoredAnswer answer) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE idempotency_record SET status = ?, content_type = ?, headers = ?::jsonb, body = ?
                        WHERE caller = ? AND idempotency_key = ? AND created_at = ? AND status IS NULL""")) {
            update.setInt(1, answer.status());
            update.setString(2, answer.contentType());
            update.setString(3, JSON.writeValueAsString(answer.headers()));
            update.setString(4, answer.body());
            update.setString(5, caller);
            update.setString(6, key);
            update.setTimestamp(7, Timestamp.from(claimedAt));
            return update.executeUpdate() == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Frees the key claimed at {@code claimedAt} (the request failed on the server's side): the client may retry. */
    void release(String caller, String key, Instant claimedAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_record"
                        + " WHERE caller = ? AND idempotency_key = ? AND created_at = ? AND status IS NULL")) {
            delete.setString(1, caller);
            delete.setString(2, key);
            delete.setTimestamp(3, Timestamp.from(claimedAt));
            delete.executeUpdate();
        }
    }

    /** Expired records are already ignored by {@link #claim}; this only keeps the table small. */
    private void purgeExpiredNowAndThen(Instant now) throws SQLException {
        Instant last = lastPurge.get();
        if (now.isBefore(last.plus(PURGE_INTERVAL)) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM idempotency_record WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(timeToLive)));
            delete.executeUpdate();
        }
    }

    private static Map<String, String> headers(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An idempotency record's headers are not JSON", e);
        }
    }
}
