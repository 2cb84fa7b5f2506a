-- support-service's own schema (after db/platform and db/membership-projection).

-- --- Support requests ---------------------------------------------------------------------------------
CREATE TABLE support_request (
    id                          UUID        PRIMARY KEY,
    ags                         VARCHAR(8)  NOT NULL CHECK (ags ~ '^[0-9]{8}$'),
    category                    TEXT        NOT NULL CHECK (category IN ('APPLICATION_QUESTION', 'ADMINISTRATION_REQUEST',
                                                'TECHNICAL_INCIDENT', 'LICENCE_REQUEST', 'TRAINING_REQUEST')),
    priority                    TEXT        NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'NORMAL', 'LOW')),
    status                      TEXT        NOT NULL CHECK (status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER',
                                                'RESOLVED', 'CLOSED', 'REJECTED')),
    -- the team at the current step of the category's route
    team                        TEXT        NOT NULL CHECK (team IN ('KOPFSTELLE', 'OPERATOR_IT')),
    channel                     TEXT        NOT NULL CHECK (channel IN ('HELPDESK', 'TOWN', 'KOPFSTELLE')),
    subject                     TEXT        NOT NULL,
    description                 TEXT        NOT NULL,
    -- user name or service-account name of the submitter (the helpdesk sees only its own submissions)
    submitted_by                TEXT        NOT NULL,
    external_reference          TEXT,
    requester_name              TEXT,
    requester_contact           TEXT,
    assignee                    TEXT,
    created_at                  TIMESTAMPTZ NOT NULL,
    first_responded_at          TIMESTAMPTZ,
    -- last resolution or rejection; cleared on reopening
    resolved_at                 TIMESTAMPTZ,
    closed_at                   TIMESTAMPTZ,
    -- a licence request reached the operator step
    forwarded_at                TIMESTAMPTZ,
    -- set once per target: the breach is published exactly once
    first_response_breached_at  TIMESTAMPTZ,
    resolution_breached_at      TIMESTAMPTZ,
    licence_product             TEXT,
    licence_quantity            INTEGER CHECK (licence_quantity > 0),
    licence_effective_from      DATE,
    licence_granted_quantity    INTEGER CHECK (licence_granted_quantity > 0),
    licence_granted_from        DATE,
    licence_granted_at          TIMESTAMPTZ,
    CONSTRAINT support_request_licence_only_for_licence_requests
        CHECK ((category = 'LICENCE_REQUEST') = (licence_product IS NOT NULL AND licence_quantity IS NOT NULL
                                                 AND licence_effective_from IS NOT NULL)),
    CONSTRAINT support_request_granted_only_when_resolved
        CHECK (licence_granted_at IS NULL OR status IN ('RESOLVED', 'CLOSED'))
);
CREATE INDEX support_request_town ON support_request (ags, created_at);
CREATE INDEX support_request_open ON support_request (status) WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER', 'RESOLVED');
CREATE INDEX support_request_created ON support_request (created_at);

-- stretches of time during which the SLA clock ran (paused while waiting for the requester, stopped when resolved)
CREATE TABLE support_request_clock (
    request_id  UUID        NOT NULL REFERENCES support_request (id),
    position    INTEGER     NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    ended_at    TIMESTAMPTZ,
    PRIMARY KEY (request_id, position),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);

CREATE TABLE support_request_comment (
    request_id  UUID        NOT NULL REFERENCES support_request (id),
    position    INTEGER     NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    author      TEXT        NOT NULL,
    by_staff    BOOLEAN     NOT NULL,
    -- internal notes are never shown to the requester
    internal    BOOLEAN     NOT NULL,
    text        TEXT        NOT NULL,
    PRIMARY KEY (request_id, position),
    CHECK (by_staff OR NOT internal)
);

CREATE TABLE support_request_history (
    request_id  UUID        NOT NULL REFERENCES support_request (id),
    position    INTEGER     NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    change      TEXT        NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    detail      TEXT,
    internal    BOOLEAN     NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- Idempotent submission: a key (header value, or the helpdesk's external reference) per caller, claimed with
-- INSERT ... ON CONFLICT DO NOTHING in the submitting transaction. The request is inserted later in the same
-- transaction, hence the deferred foreign key.
CREATE TABLE idempotency_key (
    caller          TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    -- SHA-256 of the submission's content: the same key with other content is refused
    fingerprint     TEXT        NOT NULL,
    request_id      UUID        NOT NULL REFERENCES support_request (id) DEFERRABLE INITIALLY DEFERRED,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

-- --- Trainings -------------------------------------------------------------------------------------------
CREATE TABLE training_session (
    id                  UUID        PRIMARY KEY,
    topic               TEXT        NOT NULL,
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ NOT NULL,
    format              TEXT        NOT NULL CHECK (format IN ('ON_SITE', 'ONLINE')),
    place               TEXT,
    capacity            INTEGER     NOT NULL CHECK (capacity > 0),
    status              TEXT        NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    cancelled_at        TIMESTAMPTZ,
    cancellation_reason TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          TEXT        NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (format = 'ONLINE' OR place IS NOT NULL)
);
CREATE INDEX training_session_start ON training_session (starts_at);

-- One row per seat (1..capacity). A confirmed registration must hold an existing seat (foreign key) that no
-- other registration holds (unique): the database itself makes overbooking impossible.
CREATE TABLE training_seat (
    session_id UUID    NOT NULL REFERENCES training_session (id),
    seat_no    INTEGER NOT NULL CHECK (seat_no > 0),
    PRIMARY KEY (session_id, seat_no)
);

CREATE TABLE training_registration (
    id                UUID        PRIMARY KEY,
    session_id        UUID        NOT NULL REFERENCES training_session (id),
    ags               VARCHAR(8)  NOT NULL CHECK (ags ~ '^[0-9]{8}$'),
    participant_name  TEXT        NOT NULL,
    participant_email TEXT,
    status            TEXT        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    seat_no           INTEGER,
    -- order of arrival: the waitlist is promoted in this order
    arrival           BIGINT      GENERATED ALWAYS AS IDENTITY,
    registered_at     TIMESTAMPTZ NOT NULL,
    registered_by     TEXT        NOT NULL,
    cancelled_at      TIMESTAMPTZ,
    attended          BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT training_registration_seat_iff_confirmed CHECK ((status = 'CONFIRMED') = (seat_no IS NOT NULL)),
    CONSTRAINT training_registration_seat_exists
        FOREIGN KEY (session_id, seat_no) REFERENCES training_seat (session_id, seat_no),
    CONSTRAINT training_registration_one_per_seat UNIQUE (session_id, seat_no),
    CONSTRAINT training_registration_attended_only_confirmed CHECK (NOT attended OR status = 'CONFIRMED')
);
CREATE UNIQUE INDEX training_registration_participant_once
    ON training_registration (session_id, ags, lower(participant_name)) WHERE status <> 'CANCELLED';
CREATE INDEX training_registration_waitlist ON training_registration (session_id, arrival) WHERE status = 'WAITLISTED';

-- --- Onboarding ------------------------------------------------------------------------------------------
CREATE TABLE onboarding_case (
    id             UUID        PRIMARY KEY,
    ags            VARCHAR(8)  NOT NULL,
    town_name      TEXT        NOT NULL,
    accession_date DATE        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED')),
    opened_at      TIMESTAMPTZ NOT NULL,
    completed_at   TIMESTAMPTZ,
    -- one case per accession, however often the membership event is delivered
    CONSTRAINT onboarding_case_once_per_accession UNIQUE (ags, accession_date)
);

CREATE TABLE onboarding_checklist (
    case_id  UUID        NOT NULL REFERENCES onboarding_case (id),
    position INTEGER     NOT NULL,
    item     TEXT        NOT NULL CHECK (item IN ('INSTANCE_MIGRATION', 'USER_ACCOUNTS', 'BASIC_TRAINING')),
    done_at  TIMESTAMPTZ,
    done_by  TEXT,
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, item)
);
