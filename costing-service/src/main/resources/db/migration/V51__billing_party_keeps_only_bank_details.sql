-- Issue #13: a town's name, Leitweg-ID, invoice address and contact are membership-service's master data and
-- arrive with ikz.membership.MembershipChanged.v1 (member_town); costing keeps only its own: bank details.
ALTER TABLE billing_party
    DROP COLUMN name,
    DROP COLUMN street,
    DROP COLUMN postcode,
    DROP COLUMN city,
    DROP COLUMN leitweg_id,
    DROP COLUMN email,
    DROP COLUMN contact_name,
    DROP COLUMN phone;
-- Rows without bank details held nothing else of costing's own.
DELETE FROM billing_party WHERE iban IS NULL AND bic IS NULL;
