package de.kreisunna.ikz.support.request;

import de.kreisunna.ikz.support.licence.LicenceDetails;

/** What a requester submits, with the town already decided (from the token or, for staff, from the body). */
public record Submission(String ags, Category category, Priority priority, String subject, String description,
        String requesterName, String requesterContact, String externalReference, LicenceDetails licence) {

    public Submission forTown(String town) {
        return new Submission(town, category, priority, subject, description, requesterName, requesterContact,
                externalReference, licence);
    }

    /** A digest of the submission's content (see {@link Fingerprint}). */
    public String fingerprint() {
        return Fingerprint.of(ags, category, priority, subject, description, requesterName, requesterContact,
                externalReference, licence == null ? null : licence.product(),
                licence == null ? null : licence.quantity(), licence == null ? null : licence.effectiveFrom());
    }
}
