-- This service's own copy of the membership timelines it consumed from ikz.membership.v1.
CREATE TABLE member_town (
    ags        VARCHAR(8)  PRIMARY KEY,
    name       TEXT        NOT NULL,
    -- highest revision applied; an event with the same or a lower revision changes nothing
    revision   BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE member_period (
    ags         VARCHAR(8) NOT NULL REFERENCES member_town (ags) ON DELETE CASCADE,
    valid_from  DATE       NOT NULL,
    valid_until DATE,
    PRIMARY KEY (ags, valid_from)
);
CREATE INDEX member_period_days ON member_period (valid_from, valid_until);
