-- Issue #13: the days a town shares costs (party periods plus recorded decisions) and its master data for
-- invoices travel in ikz.membership.MembershipChanged.v1; this is the consumers' copy.
CREATE TABLE member_cost_sharing (
    ags         VARCHAR(8) NOT NULL REFERENCES member_town (ags) ON DELETE CASCADE,
    valid_from  DATE       NOT NULL,
    valid_until DATE,
    -- PARTY, AGREEMENT_CLAUSE or INTERIM_DECISION, as published
    basis       TEXT       NOT NULL,
    PRIMARY KEY (ags, valid_from)
);
-- Timelines consumed before: every period counted as a membership that shares costs.
INSERT INTO member_cost_sharing (ags, valid_from, valid_until, basis)
SELECT ags, valid_from, valid_until, 'PARTY' FROM member_period;

ALTER TABLE member_town
    ADD COLUMN leitweg_id          TEXT,
    ADD COLUMN invoice_recipient   TEXT,
    ADD COLUMN invoice_street      TEXT,
    ADD COLUMN invoice_postal_code TEXT,
    ADD COLUMN invoice_city        TEXT,
    ADD COLUMN contact_name        TEXT,
    ADD COLUMN contact_email       TEXT,
    ADD COLUMN contact_phone       TEXT;
