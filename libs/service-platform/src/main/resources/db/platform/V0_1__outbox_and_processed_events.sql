-- Shared by every service (shipped by service-platform, run by each service's Flyway before its own V1).

-- Transactional outbox: written in the same transaction as the business change, relayed to Kafka.
CREATE TABLE outbox_event (
    position     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    event_type   TEXT        NOT NULL,
    subject      TEXT        NOT NULL,
    payload      JSONB       NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;

-- Idempotent consumption: one row per consumed event, written in the same transaction as its effect.
CREATE TABLE processed_event (
    event_id     TEXT        PRIMARY KEY,
    event_type   TEXT        NOT NULL,
    subject      TEXT,
    processed_at TIMESTAMPTZ NOT NULL
);
