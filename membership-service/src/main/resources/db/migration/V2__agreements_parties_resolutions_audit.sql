-- Issue #3: agreements with parties, cost clause and notice rule; council resolutions; membership periods
-- tied to an agreement; master data of the municipalities; the audit trail.
-- Existing membership periods keep agreement_id NULL ("not assigned to an agreement", as recorded before
-- agreements existed); the town-wide no-overlap constraint of V1 stays in force for all periods.

-- Municipalities: kind, e-invoicing and contact data; version for ETag / If-Match.
ALTER TABLE municipality
    ADD COLUMN kind                TEXT CHECK (kind IN ('STADT', 'GEMEINDE', 'KREIS')),
    ADD COLUMN leitweg_id          TEXT,
    ADD COLUMN invoice_recipient   TEXT,
    ADD COLUMN invoice_street      TEXT,
    ADD COLUMN invoice_postal_code TEXT,
    ADD COLUMN invoice_city        TEXT,
    ADD COLUMN contact_name        TEXT,
    ADD COLUMN contact_email       TEXT,
    ADD COLUMN contact_phone       TEXT,
    ADD COLUMN version             BIGINT NOT NULL DEFAULT 0;
-- a district (5-digit AGS) is a Kreis; a town (8 digits) is a Stadt or a Gemeinde
UPDATE municipality SET kind = 'KREIS' WHERE length(ags) = 5;
ALTER TABLE municipality ADD CONSTRAINT municipality_kind_fits_ags
    CHECK (kind IS NULL OR (kind = 'KREIS') = (length(ags) = 5));

CREATE TABLE agreement (
    id                   TEXT   PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$'),
    title                TEXT   NOT NULL,
    subject              TEXT   NOT NULL,
    legal_basis          TEXT   NOT NULL,
    status               TEXT   NOT NULL CHECK (status IN ('DRAFT', 'CONCLUDED', 'IN_FORCE', 'SUPERSEDED', 'TERMINATED')),
    concluded_on         DATE,
    in_force_from        DATE,
    -- last day in force (inclusive) of a superseded or terminated agreement
    ended_on             DATE,
    predecessor_id       TEXT   REFERENCES agreement (id),
    successor_id         TEXT   REFERENCES agreement (id),
    -- the cost clause; NUMERIC without a fixed scale keeps the scale as agreed (0.25, 0.10)
    cost_fte             NUMERIC NOT NULL,
    cost_pay_grades      TEXT[]  NOT NULL,
    cost_overhead_rate   NUMERIC NOT NULL,
    cost_material_share  NUMERIC NOT NULL,
    cost_allocation      TEXT    NOT NULL,
    -- the notice rule for leaving (the council papers are silent; it is data of each agreement)
    notice_period_months INT     NOT NULL CHECK (notice_period_months >= 0),
    notice_effective_at  TEXT    NOT NULL,
    notice_note          TEXT,
    -- revision of the AgreementChanged event; version for ETag / If-Match
    revision             BIGINT  NOT NULL,
    version              BIGINT  NOT NULL,
    CONSTRAINT agreement_ends_after_start CHECK (ended_on IS NULL OR in_force_from IS NULL OR ended_on >= in_force_from - 1)
);

CREATE TABLE agreement_party (
    agreement_id TEXT       NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    ags          VARCHAR(8) NOT NULL REFERENCES municipality (ags),
    role         TEXT       NOT NULL CHECK (role IN ('OPERATOR', 'KOPFSTELLE', 'MEMBER')),
    PRIMARY KEY (agreement_id, ags, role)
);
CREATE INDEX agreement_party_by_town ON agreement_party (ags);

CREATE TABLE council_resolution (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id TEXT       NOT NULL REFERENCES agreement (id),
    ags          VARCHAR(8) NOT NULL REFERENCES municipality (ags),
    body         TEXT       NOT NULL CHECK (body IN ('RAT', 'KREISAUSSCHUSS', 'KREISTAG', 'BUERGERMEISTERKONFERENZ')),
    decided_on   DATE       NOT NULL,
    paper_number TEXT,
    kind         TEXT       NOT NULL CHECK (kind IN ('RECOMMENDATION', 'DECISION')),
    outcome      TEXT       NOT NULL CHECK (outcome IN ('APPROVED', 'REJECTED', 'DEFERRED', 'NOTED')),
    note         TEXT
);
CREATE INDEX council_resolution_by_agreement ON council_resolution (agreement_id, ags);

ALTER TABLE membership_period
    ADD COLUMN agreement_id    TEXT REFERENCES agreement (id),
    ADD COLUMN go_live_on      DATE,
    ADD COLUMN notice_given_on DATE;
CREATE INDEX membership_period_by_agreement ON membership_period (agreement_id, valid_from);
-- Still one membership per town and day, across all agreements (the published timeline never overlaps), but
-- checked at commit: moving a town to a successor ends one period and begins the next in one transaction, and
-- the statements of that transaction may reach the database in either order.
ALTER TABLE membership_period
    DROP CONSTRAINT membership_period_no_overlap,
    ADD CONSTRAINT membership_period_no_overlap
        EXCLUDE USING gist (ags WITH =, daterange(valid_from, valid_until, '[]') WITH &&) DEFERRABLE INITIALLY DEFERRED;

-- Who changed what when; written in the same transaction as the change.
CREATE TABLE audit_entry (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    entity_type TEXT        NOT NULL,
    entity_id   TEXT        NOT NULL,
    summary     JSONB       NOT NULL
);
CREATE INDEX audit_entry_by_entity ON audit_entry (entity_type, entity_id, id);
