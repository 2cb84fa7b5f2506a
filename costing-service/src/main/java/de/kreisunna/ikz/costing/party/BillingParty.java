package de.kreisunna.ikz.costing.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What costing itself keeps about an issuer of invoices: its bank account and the office that answers queries. Everything else about a town or the
 * district (name, Leitweg-ID, invoice address, contact) is membership-service's master data and arrives with the
 * membership events; it is never entered here.
 */
@Entity
@Table(name = "billing_party")
public class BillingParty {

    @Id
    String ags;

    /** The office that answers queries about the issuer's invoices (e.g. "Fachbereich Finanzen"): costing's own. */
    @Column(name = "contact_office")
    String contactOffice;

    String iban;

    String bic;

    /** True for the sample rows seeded by Flyway: they are not real accounts. */
    boolean illustrative;

    /** Optimistic lock; also the ETag. */
    @Version
    long version;

    protected BillingParty() {
    }

    BillingParty(String ags) {
        this.ags = ags;
    }

    public String iban() {
        return iban;
    }

    public String bic() {
        return bic;
    }

    public boolean illustrative() {
        return illustrative;
    }

    public String contactOffice() {
        return contactOffice;
    }

    public long version() {
        return version;
    }
}
