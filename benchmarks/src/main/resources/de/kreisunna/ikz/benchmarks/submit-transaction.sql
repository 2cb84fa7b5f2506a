-- pgbench: the rows one support-request submission writes, in one transaction (request, SLA clock segment,
-- history entry, idempotency key, change feed entry and its webhook deliveries, outbox event). The outbox row is
-- written as already published so that the running service's relay does not pick the benchmark's rows up.
BEGIN;
WITH r AS (
    INSERT INTO support_request (id, ags, category, priority, status, team, channel, subject, description,
                                 submitted_by, created_at)
    VALUES (gen_random_uuid(), '05978004', 'APPLICATION_QUESTION', 'NORMAL', 'NEW', 'KOPFSTELLE', 'TOWN',
            'Benchmark', 'Frage zur Leistungsberechnung', 'pgbench', now())
    RETURNING id),
k AS (
    INSERT INTO idempotency_key (caller, idempotency_key, fingerprint, request_id, created_at)
    SELECT 'pgbench', 'Idempotency-Key:' || gen_random_uuid(), md5(r.id::text), r.id, now() FROM r),
c AS (
    INSERT INTO support_request_clock (request_id, position, started_at) SELECT r.id, 0, now() FROM r),
h AS (
    INSERT INTO support_request_history (request_id, position, at, actor, change, to_status, internal)
    SELECT r.id, 0, now(), 'pgbench', 'SUBMITTED', 'NEW', false FROM r),
f AS (
    INSERT INTO support_request_change (id, request_id, history_position, event_type, internal, occurred_at, payload)
    SELECT gen_random_uuid(), r.id, 0, 'support-request.submitted', false, now(), '{"type":"support-request.submitted"}'
    FROM r
    RETURNING position),
w AS (
    INSERT INTO webhook_delivery (id, subscription_id, change_position, request_id, event_type, created_at, next_attempt_at)
    SELECT gen_random_uuid(), s.id, f.position, r.id,
           'support-request.submitted', now(), now()
    FROM r, f, webhook_subscription s
    WHERE s.client = 'pgbench' AND s.deleted_at IS NULL AND 'support-request.submitted' = ANY (s.event_types))
INSERT INTO outbox_event (event_id, event_type, subject, payload, occurred_at, published_at)
SELECT gen_random_uuid(), 'ikz.support.SupportRequestSubmitted.v1', '05978004',
       jsonb_build_object('requestId', r.id, 'ags', '05978004'), now(), now() FROM r;
END;
