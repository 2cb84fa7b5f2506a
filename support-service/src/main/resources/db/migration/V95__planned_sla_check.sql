-- The scheduled SLA check selects only requests whose next check is due (issue 19): the aggregate plans it
-- after every change. Existing requests are checked (and so planned) at the first run after the migration.
ALTER TABLE support_request ADD COLUMN next_sla_check_at TIMESTAMPTZ;
UPDATE support_request SET next_sla_check_at = now()
 WHERE first_response_breached_at IS NULL OR resolution_breached_at IS NULL;
CREATE INDEX support_request_next_sla_check ON support_request (next_sla_check_at)
 WHERE next_sla_check_at IS NOT NULL;
