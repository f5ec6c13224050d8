-- The answers to creating requests sent with an Idempotency-Key (commons' IdempotencyFilter), kept for a day so a
-- client that lost an answer can send the same request again and get the first answer instead of a second effect.
-- A repeatable migration shared by every service with a database: it must stay safe to run again.
CREATE TABLE IF NOT EXISTS idempotency_record (
    caller         text        NOT NULL,
    idempotency_key text       NOT NULL,
    fingerprint    text        NOT NULL,
    created_at     timestamptz NOT NULL,
    status         integer,
    content_type   text,
    headers        jsonb,
    body           text,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX IF NOT EXISTS idempotency_record_created_at ON idempotency_record (created_at);
COMMENT ON COLUMN idempotency_record.status IS 'null while the first request is still being processed';
