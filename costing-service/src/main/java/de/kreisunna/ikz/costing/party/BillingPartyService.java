package de.kreisunna.ikz.costing.party;

import de.kreisunna.ikz.membership.projection.MemberTown;
import de.kreisunna.ikz.membership.projection.MembershipProjection;
import de.kreisunna.ikz.platform.domain.ExpectedVersion;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.domain.StaleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parties invoices go to and come from: master data from the membership projection (one source, entered once
 * in membership-service), bank details kept here by finance (IBAN checked by its check digits).
 */
@ApplicationScoped
public class BillingPartyService {

    private final EntityManager em;
    private final MembershipProjection projection;

    BillingPartyService(EntityManager em, MembershipProjection projection) {
        this.em = em;
        this.projection = projection;
    }

    /** Every town and district known from membership or with bank details here, by AGS. */
    @Transactional
    public List<InvoicingParty> list() {
        Map<String, MemberTown> towns = projection.all().stream().collect(Collectors.toMap(MemberTown::ags, Function.identity()));
        Map<String, BillingParty> own = em.createQuery("FROM BillingParty p", BillingParty.class).getResultList().stream()
                .collect(Collectors.toMap(p -> p.ags, Function.identity()));
        TreeSet<String> all = new TreeSet<>(towns.keySet());
        all.addAll(own.keySet());
        return all.stream().map(ags -> new InvoicingParty(ags, Optional.ofNullable(towns.get(ags)), Optional.ofNullable(own.get(ags))))
                .toList();
    }

    @Transactional
    public Optional<InvoicingParty> find(String ags) {
        Optional<MemberTown> town = projection.find(ags);
        Optional<BillingParty> own = Optional.ofNullable(em.find(BillingParty.class, ags));
        return town.isEmpty() && own.isEmpty() ? Optional.empty() : Optional.of(new InvoicingParty(ags, town, own));
    }

    @Transactional
    public InvoicingParty get(String ags) {
        return find(ags).orElseThrow(() -> new NotFound("billing party " + ags));
    }

    /**
     * Creates or replaces the bank details (and the office answering queries about its invoices) of a party; {@code expectedVersion} (from If-Match) must be current if
     * given. The party must be known from membership (its master data comes from there).
     */
    @Transactional
    public InvoicingParty putBankDetails(String ags, ExpectedVersion expectedVersion, String iban, String bic, boolean illustrative,
            String contactOffice) {
        if (iban != null && !Iban.isValid(iban)) {
            throw new InvalidInput("iban", Iban.RULE);
        }
        if (projection.find(ags).isEmpty()) {
            throw new NotFound("municipality " + ags + " (register it in membership-service first; its master data comes from there)");
        }
        BillingParty party = em.find(BillingParty.class, ags);
        boolean created = party == null;
        if (created) {
            if (expectedVersion.sent()) {
                throw new StaleVersion("billing party " + ags + " has no bank details yet");
            }
            party = new BillingParty(ags);
        } else {
            expectedVersion.require("billing party " + ags, party.version);
        }
        party.iban = iban;
        party.bic = bic;
        party.illustrative = illustrative;
        party.contactOffice = contactOffice;
        if (created) {
            em.persist(party);
        }
        em.flush();
        return get(ags);
    }
}
