-- Retention (EventRetention): published outbox rows and consumed-event ids are deleted once they are older than
-- their retention; these indexes let the hourly run find them without reading the whole table.
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
