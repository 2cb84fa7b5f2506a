package de.kreisunna.ikz.costing.party;

/** A billing party's data as frozen into an invoice when it is issued (later changes do not alter the invoice). */
public record PartyDetails(String ags, String name, String street, String postcode, String city, String leitwegId,
        String email, String contactName, String phone, String iban, String bic, boolean illustrative) {
}
