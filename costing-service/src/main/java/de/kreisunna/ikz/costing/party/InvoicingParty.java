package de.kreisunna.ikz.costing.party;

import de.kreisunna.ikz.membership.projection.MemberTown;
import java.util.Optional;

/**
 * A town or the district as invoices need it: the master data membership-service published (name, Leitweg-ID,
 * invoice address, contact) joined with costing's own bank details, if any.
 */
public record InvoicingParty(String ags, Optional<MemberTown> town, Optional<BillingParty> own) {

    /** The data frozen into an invoice when it is issued; the recipient line of the invoice address names the party. */
    public PartyDetails details() {
        MemberTown.MasterData master = town.map(MemberTown::masterData).orElse(null);
        String name = master != null && master.invoiceRecipient() != null ? master.invoiceRecipient()
                : town.map(MemberTown::name).orElse(null);
        return new PartyDetails(ags, name, master == null ? null : master.street(), master == null ? null : master.postalCode(),
                master == null ? null : master.city(), master == null ? null : master.leitwegId(),
                master == null ? null : master.email(), master == null ? null : master.contactName(),
                master == null ? null : master.phone(), own.map(BillingParty::iban).orElse(null),
                own.map(BillingParty::bic).orElse(null), own.map(BillingParty::illustrative).orElse(false),
                own.map(BillingParty::contactOffice).orElse(null));
    }

    /** The version of costing's own part (the ETag), or -1 while finance has entered nothing. */
    public long version() {
        return own.map(BillingParty::version).orElse(-1L);
    }
}
