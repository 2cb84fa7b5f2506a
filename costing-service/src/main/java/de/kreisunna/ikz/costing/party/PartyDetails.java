package de.kreisunna.ikz.costing.party;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A party's data as frozen into an invoice when it is issued (later changes do not alter the invoice). Invoices
 * issued before the field was called {@code postalCode} stored it as {@code postcode}; both are read. For an
 * issuer, {@code contactOffice}, {@code contactName}, {@code phone} and {@code email} are the contact for queries
 * printed on its invoices.
 */
public record PartyDetails(String ags, String name, String street, @JsonAlias("postcode") String postalCode, String city,
        String leitwegId, String email, String contactName, String phone, String iban, String bic, boolean illustrative,
        String contactOffice) {
}
