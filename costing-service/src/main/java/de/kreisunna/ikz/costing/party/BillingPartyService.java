package de.kreisunna.ikz.costing.party;

import de.kreisunna.ikz.platform.einvoice.LeitwegId;
import de.kreisunna.ikz.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Maintains the billing parties (finance); checks Leitweg-IDs and IBANs by their check digits. */
@ApplicationScoped
public class BillingPartyService {

    private final EntityManager em;

    BillingPartyService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<BillingParty> list() {
        return em.createQuery("FROM BillingParty p ORDER BY p.ags", BillingParty.class).getResultList();
    }

    @Transactional
    public Optional<BillingParty> find(String ags) {
        return Optional.ofNullable(em.find(BillingParty.class, ags));
    }

    @Transactional
    public BillingParty get(String ags) {
        return find(ags).orElseThrow(() -> Problem.notFound("billing party " + ags));
    }

    /** Creates or replaces a party; {@code expectedVersion} (from If-Match) must be current if given. */
    @Transactional
    public BillingParty put(String ags, Long expectedVersion, PartyDetails data) {
        if (data.leitwegId() != null) {
            LeitwegId.problem(data.leitwegId()).ifPresent(reason -> {
                throw Problem.badRequest("leitwegId", reason);
            });
        }
        if (data.iban() != null && !Iban.isValid(data.iban())) {
            throw Problem.badRequest("iban", Iban.RULE);
        }
        BillingParty party = em.find(BillingParty.class, ags);
        boolean created = party == null;
        if (created) {
            if (expectedVersion != null) {
                throw new Problem(412, "Precondition Failed", "billing party " + ags + " does not exist yet");
            }
            party = new BillingParty(ags);
        } else if (expectedVersion != null && expectedVersion != party.version) {
            throw new Problem(412, "Precondition Failed", "billing party " + ags + " was changed meanwhile (version "
                    + party.version + ", not " + expectedVersion + "); reload it and apply the change again");
        }
        party.name = data.name();
        party.street = data.street();
        party.postcode = data.postcode();
        party.city = data.city();
        party.leitwegId = data.leitwegId();
        party.email = data.email();
        party.contactName = data.contactName();
        party.phone = data.phone();
        party.iban = data.iban();
        party.bic = data.bic();
        party.illustrative = data.illustrative();
        if (created) {
            em.persist(party);
        }
        em.flush();
        return party;
    }
}
