-- Webhooks of the CCIs' CRMs (Standard Webhooks), fed through a transactional outbox: an event row is written in
-- the same transaction as the change it tells of, with one delivery row per subscription that wants it, and the
-- dispatcher delivers them afterwards, at least once, even across restarts.
CREATE TABLE webhook_subscription (
    id                     uuid          PRIMARY KEY,
    cci                    varchar(60)   NOT NULL,
    url                    varchar(2000) NOT NULL,
    description            varchar(200),
    -- the event types it wants, e.g. ["assessment.submitted"]
    events                 jsonb         NOT NULL,
    -- the signing secret (whsec_…), encrypted with the service's key (AES-GCM); shown to the CCI once
    secret                 varchar(200)  NOT NULL,
    -- after a rotation, the secret before it, still signing beside the new one until previous_secret_until
    previous_secret        varchar(200),
    previous_secret_until  timestamptz,
    active                 boolean       NOT NULL DEFAULT true,
    created_at             timestamptz   NOT NULL,
    created_by             varchar(200)  NOT NULL,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL DEFAULT 0
);
CREATE INDEX webhook_subscription_cci ON webhook_subscription (cci);

-- The outbox: what happened, as the body the receivers get. Its id is the webhook-id header, the same on every
-- attempt, so receivers can drop duplicates.
CREATE TABLE webhook_event (
    id          varchar(40)  PRIMARY KEY,
    type        varchar(60)  NOT NULL,
    cci         varchar(60)  NOT NULL,
    payload     jsonb        NOT NULL,
    created_at  timestamptz  NOT NULL
);

CREATE TABLE webhook_delivery (
    id               uuid          PRIMARY KEY,
    event_id         varchar(40)   NOT NULL REFERENCES webhook_event (id) ON DELETE CASCADE,
    subscription_id  uuid          NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    status           varchar(20)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer       NOT NULL DEFAULT 0,
    -- when the dispatcher may take it next; while an attempt runs, the end of that attempt's lease
    next_attempt_at  timestamptz   NOT NULL,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz   NOT NULL,
    -- failing attempts stop here (a day after the event, or after a manual redelivery) and it is marked FAILED
    retry_until      timestamptz   NOT NULL,
    UNIQUE (event_id, subscription_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, created_at DESC);

-- Every attempt, for the delivery log
CREATE TABLE webhook_attempt (
    id            bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id   uuid          NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at  timestamptz   NOT NULL,
    status_code   integer,
    error         varchar(500),
    duration_ms   integer       NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);
