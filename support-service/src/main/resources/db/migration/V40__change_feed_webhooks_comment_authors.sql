-- Helpdesk integration (issue 12): the change feed, webhook subscriptions and their deliveries, and the
-- caseworker a helpdesk comment is written on behalf of.

-- --- Change feed ---------------------------------------------------------------------------------------
-- One row holds the last position handed out. A transaction that records changes updates it last, so the row
-- lock is held until commit and positions are handed out in commit order: a reader never sees a higher
-- position before a lower one (a rolled-back transaction hands its numbers back).
CREATE TABLE support_request_change_counter (
    singleton     BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    last_position BIGINT  NOT NULL
);
INSERT INTO support_request_change_counter (singleton, last_position) VALUES (TRUE, 0);

CREATE TABLE support_request_change (
    position         BIGINT      PRIMARY KEY,
    id               UUID        NOT NULL UNIQUE,
    request_id       UUID        NOT NULL REFERENCES support_request (id),
    -- the history entry this change is
    history_position INTEGER     NOT NULL,
    event_type       TEXT        NOT NULL,
    -- internal changes (notes, assignments) are shown to staff only and never delivered to webhooks
    internal         BOOLEAN     NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL,
    -- the JSON document of the change: the feed entry and, byte for byte, the webhook body
    payload          TEXT        NOT NULL,
    UNIQUE (request_id, history_position)
);

-- --- Webhooks ------------------------------------------------------------------------------------------
CREATE TABLE webhook_subscription (
    id                    UUID        PRIMARY KEY,
    -- the API client whose requests are delivered (the submitter's name as in support_request.submitted_by)
    client                TEXT        NOT NULL,
    url                   TEXT        NOT NULL,
    event_types           TEXT[]      NOT NULL,
    -- Standard Webhooks secret (whsec_<base64>); HMAC needs the secret itself, so it is stored as given
    secret                TEXT        NOT NULL,
    previous_secret       TEXT,
    previous_secret_until TIMESTAMPTZ,
    consecutive_failures  INTEGER     NOT NULL DEFAULT 0,
    paused_at             TIMESTAMPTZ,
    pause_reason          TEXT,
    created_at            TIMESTAMPTZ NOT NULL,
    created_by            TEXT        NOT NULL,
    deleted_at            TIMESTAMPTZ,
    CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL))
);
CREATE INDEX webhook_subscription_client ON webhook_subscription (client) WHERE deleted_at IS NULL;

-- written in the transaction of the change; sent in order per (subscription, request)
CREATE TABLE webhook_delivery (
    id              UUID        PRIMARY KEY,
    subscription_id UUID        NOT NULL REFERENCES webhook_subscription (id),
    change_position BIGINT      NOT NULL REFERENCES support_request_change (position),
    request_id      UUID        NOT NULL,
    event_type      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ,
    UNIQUE (subscription_id, change_position)
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, request_id, change_position)
    WHERE delivered_at IS NULL;
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE delivered_at IS NULL;

-- the delivery log: one row per HTTP attempt
CREATE TABLE webhook_attempt (
    delivery_id UUID        NOT NULL REFERENCES webhook_delivery (id),
    attempt     INTEGER     NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    -- null when no HTTP answer came (refused, timed out)
    status_code INTEGER,
    latency_ms  BIGINT      NOT NULL,
    error       TEXT,
    PRIMARY KEY (delivery_id, attempt)
);

-- --- Comments written by the helpdesk for a caseworker ----------------------------------------------------
ALTER TABLE support_request_comment
    ADD COLUMN on_behalf_of_name  TEXT,
    ADD COLUMN on_behalf_of_email TEXT;
