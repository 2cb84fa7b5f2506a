-- btree_gist lets one exclusion constraint compare the AGS (=) and the date ranges (&&) together.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE municipality (
    ags      VARCHAR(8) PRIMARY KEY CHECK (ags ~ '^[0-9]{5}([0-9]{3})?$'),
    name     TEXT   NOT NULL,
    -- revision of the town's membership timeline, carried by every MembershipChanged event
    revision BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE membership_period (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ags         VARCHAR(8) NOT NULL REFERENCES municipality (ags),
    valid_from  DATE       NOT NULL,
    -- last day of membership (inclusive); NULL while the membership is open-ended
    valid_until DATE,
    CONSTRAINT membership_period_ends_after_start CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CONSTRAINT membership_period_no_overlap
        EXCLUDE USING gist (ags WITH =, daterange(valid_from, valid_until, '[]') WITH &&)
);
