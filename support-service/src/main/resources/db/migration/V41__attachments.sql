-- Attachments on requests and comments (issue 12): stored in PostgreSQL, visible like their request.

-- comments get an identity, so an attachment can belong to one
ALTER TABLE support_request_comment ADD COLUMN id UUID NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX support_request_comment_id ON support_request_comment (id);

CREATE TABLE support_request_attachment (
    id          UUID        PRIMARY KEY,
    -- upload order (several uploads may carry the same instant)
    seq         BIGINT      GENERATED ALWAYS AS IDENTITY,
    request_id  UUID        NOT NULL REFERENCES support_request (id),
    -- null: attached to the request itself
    comment_id  UUID,
    file_name   TEXT        NOT NULL,
    -- detected from the content (magic bytes), never taken from the uploader
    media_type  TEXT        NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg', 'text/plain')),
    size        INTEGER     NOT NULL CHECK (size BETWEEN 1 AND 10485760),
    sha256      TEXT        NOT NULL,
    -- staff only (an attachment of an internal note is internal)
    internal    BOOLEAN     NOT NULL,
    uploaded_by TEXT        NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL,
    content     BYTEA       NOT NULL
);
CREATE INDEX support_request_attachment_request ON support_request_attachment (request_id, seq);
