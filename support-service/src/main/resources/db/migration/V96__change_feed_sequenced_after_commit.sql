-- Issue 19: the change feed without its counter row. Every recorded change used to take the one counter row
-- FOR UPDATE and keep it until its commit, so all submissions and commands queued on that row (one commit
-- at a time, no group commit).
--
-- Now a change takes its `position` from a sequence when it is written (under the request's row lock, so a
-- request's changes are numbered in the order of its history; webhooks deliver by it per request). Its place
-- in the feed, `feed_position`, is given after the commit by the sequencer (one at a time, under an advisory
-- transaction lock), in the order the sequencer finds committed changes: a reader never sees a higher
-- feed position before a lower one, and a change that commits late is placed after what readers have seen.
CREATE SEQUENCE support_request_change_position OWNED BY support_request_change.position;
SELECT setval('support_request_change_position', (SELECT last_position FROM support_request_change_counter) + 1, false);
ALTER TABLE support_request_change ALTER COLUMN position SET DEFAULT nextval('support_request_change_position');
DROP TABLE support_request_change_counter;

-- the changes recorded before keep their positions as feed positions, so cursors handed out stay valid
ALTER TABLE support_request_change ADD COLUMN feed_position BIGINT UNIQUE;
UPDATE support_request_change SET feed_position = position;
CREATE INDEX support_request_change_unsequenced ON support_request_change (position) WHERE feed_position IS NULL;
