-- Invoices a finance office accepts: service period, credit note facts, VAT treatment and legal text frozen per
-- invoice; VAT treatment per issuer and year and legal texts per issuer and cost type as data; the contact
-- office of an issuer; the edition override of a cost run.

ALTER TABLE invoice
    ADD COLUMN service_from        DATE,
    ADD COLUMN service_until       DATE,
    ADD COLUMN corrects_issue_date DATE,
    ADD COLUMN credit_reason       TEXT,
    ADD COLUMN vat_category        TEXT,
    ADD COLUMN vat_note            TEXT,
    ADD COLUMN legal_text          TEXT,
    ADD CONSTRAINT invoice_service_period CHECK (service_until IS NULL OR service_until >= service_from),
    -- a credit note asks nobody to pay: no due date
    ADD CONSTRAINT invoice_credit_note_not_due CHECK (kind <> 'CREDIT_NOTE' OR due_date IS NULL);

-- credit notes issued before V60 carried a due date; they are not payable
UPDATE invoice SET due_date = NULL WHERE kind = 'CREDIT_NOTE';

ALTER TABLE billing_party ADD COLUMN contact_office TEXT;
-- illustrative sample offices (finance replaces them over the API like the rest of the sample data)
UPDATE billing_party SET contact_office = 'Kopfstelle IKZ Sozialwesen (Beispiel)' WHERE ags = '05978024' AND illustrative;
UPDATE billing_party SET contact_office = 'Zentrale IT, FD 16 (Beispiel)' WHERE ags = '05978' AND illustrative;

-- The VAT treatment an issuer has decided for a year (confirmed by its tax adviser); without a row the
-- application uses category O with the § 2b UStG note.
CREATE TABLE vat_treatment (
    issuer_ags   VARCHAR(8) NOT NULL,
    cost_year    INTEGER    NOT NULL,
    category     TEXT       NOT NULL CHECK (category IN ('O', 'E')),
    note         TEXT       NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
    version      BIGINT     NOT NULL DEFAULT 0,
    PRIMARY KEY (issuer_ags, cost_year)
);

-- The clause an invoice cites as its legal basis, per issuer and cost type; issuer '*' is the default.
CREATE TABLE legal_text (
    issuer_ags VARCHAR(8) NOT NULL,
    cost_type  TEXT       NOT NULL CHECK (cost_type IN ('KOPFSTELLE', 'PASS_THROUGH')),
    text       TEXT       NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    version    BIGINT     NOT NULL DEFAULT 0,
    PRIMARY KEY (issuer_ags, cost_type)
);

INSERT INTO legal_text (issuer_ags, cost_type, text) VALUES
('*', 'KOPFSTELLE', 'Kostenregelung der Vereinbarung: Die für die Wahrnehmung der Aufgaben der Fachadministration '
    || 'durch die Kopfstelle anfallenden Aufwendungen (Personalkosten, zzgl. Gemeinkosten, zzgl. Anteil der Sachkosten) '
    || 'werden zu gleichen Teilen durch die Anwendergemeinden getragen; die Berechnung erfolgt auf Basis des '
    || 'KGSt-Berichtes „Kosten eines Arbeitsplatzes“ in der jeweils aktuellen Fassung.'),
('*', 'PASS_THROUGH', 'Weiterberechnung durch den Betreiber (Kreistag Kreis Unna, Vorlage 215/21): Den Städten und '
    || 'Gemeinden werden ausschließlich die durch den Softwareanbieter berechneten Wartungskosten sowie die Kosten für '
    || 'zusätzlich erforderliche Lizenzen durch den Kreis Unna in Rechnung gestellt; für den technischen Support '
    || 'werden keine Personal-, Sach- oder Gemeinkosten veranschlagt.');

-- a run may name an edition outside its validity only with a reason, recorded and printed on its statements
ALTER TABLE cost_run ADD COLUMN edition_override_reason TEXT;
