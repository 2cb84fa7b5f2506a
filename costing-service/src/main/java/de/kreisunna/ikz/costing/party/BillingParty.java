package de.kreisunna.ikz.costing.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A town or the district as invoices need it: postal address, Leitweg-ID (recipient), e-mail (electronic
 * address in the XRechnung), and for issuers a contact and bank account. The membership events carry none of
 * this, so finance keeps it here.
 */
@Entity
@Table(name = "billing_party")
public class BillingParty {

    @Id
    String ags;

    String name;

    String street;

    String postcode;

    String city;

    @Column(name = "leitweg_id")
    String leitwegId;

    String email;

    @Column(name = "contact_name")
    String contactName;

    String phone;

    String iban;

    String bic;

    /** True for the sample rows seeded by Flyway: they are not real addresses or accounts. */
    boolean illustrative;

    /** Optimistic lock; also the ETag. */
    @Version
    long version;

    protected BillingParty() {
    }

    BillingParty(String ags) {
        this.ags = ags;
    }

    public PartyDetails details() {
        return new PartyDetails(ags, name, street, postcode, city, leitwegId, email, contactName, phone, iban, bic,
                illustrative);
    }

    public long version() {
        return version;
    }
}
