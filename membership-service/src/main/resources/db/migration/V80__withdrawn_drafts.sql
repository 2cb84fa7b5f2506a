-- A draft agreement can be withdrawn (DELETE /agreements/{id}): it stays on record with its resolutions, as WITHDRAWN.
ALTER TABLE agreement DROP CONSTRAINT agreement_status_check;
ALTER TABLE agreement ADD CONSTRAINT agreement_status_check
    CHECK (status IN ('DRAFT', 'CONCLUDED', 'IN_FORCE', 'SUPERSEDED', 'TERMINATED', 'WITHDRAWN'));
