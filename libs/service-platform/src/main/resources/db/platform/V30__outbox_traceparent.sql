-- The W3C traceparent of the transaction that wrote the event, so the trace continues through the relay
-- to the consumers (sent as the Kafka header "traceparent"). NULL for events written before tracing.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
