-- The feed of issued invoices for the towns' own systems: GET /invoices?issuedSince=… pages by (issue_date, id).
CREATE INDEX invoice_issued_feed ON invoice (recipient_ags, issue_date, id) WHERE issue_date IS NOT NULL;
CREATE INDEX invoice_issued_feed_all ON invoice (issue_date, id) WHERE issue_date IS NOT NULL;
