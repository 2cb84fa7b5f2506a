package de.kreisunna.ikz.costing.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The agreements as consumed from {@code ikz.membership.v1}. Applying locks the agreement's row, so concurrent
 * deliveries serialise, and only a newer revision changes anything (duplicates and reordering are harmless).
 */
@ApplicationScoped
public class AgreementStore {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    AgreementStore(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** Returns false (and changes nothing) for a revision not newer than the one held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(AgreementChangedV1 event) {
        List<String> problems = event.problems();
        if (!problems.isEmpty()) {
            throw new PoisonEventException("invalid " + AgreementChangedV1.TYPE + ": " + String.join(", ", problems));
        }
        em.createNativeQuery("INSERT INTO agreement (agreement_id, revision, status, parties, updated_at) "
                + "VALUES (?1, -1, 'UNKNOWN', '[]'::jsonb, ?2) ON CONFLICT (agreement_id) DO NOTHING")
                .setParameter(1, event.agreementId()).setParameter(2, clock.instant()).executeUpdate();
        Agreement a = em.find(Agreement.class, event.agreementId(), LockModeType.PESSIMISTIC_WRITE);
        if (event.revision() <= a.revision) {
            return false;
        }
        a.revision = event.revision();
        a.title = event.title();
        a.subject = event.subject();
        a.legalBasis = event.legalBasis();
        a.status = event.status();
        a.concludedOn = event.concludedOn();
        a.inForceFrom = event.inForceFrom();
        a.endedOn = event.endedOn();
        a.predecessorId = event.predecessorId();
        a.successorId = event.successorId();
        a.parties = write(event.parties() == null ? List.of() : event.parties());
        a.costClause = event.costClause() == null ? null : write(event.costClause());
        a.updatedAt = clock.instant();
        return true;
    }

    /** Every agreement known, ordered by id (revision -1 placeholders excluded). */
    @Transactional
    public List<AgreementTerms> all() {
        return em.createQuery("FROM Agreement a WHERE a.revision >= 0 ORDER BY a.agreementId", Agreement.class)
                .getResultList().stream().map(this::terms).toList();
    }

    private AgreementTerms terms(Agreement a) {
        try {
            List<Party> parties = json.readValue(a.parties, new TypeReference<List<Party>>() { });
            CostClause clause = a.costClause == null ? null : json.readValue(a.costClause, CostClause.class);
            return new AgreementTerms(a.agreementId, a.revision, a.title, a.legalBasis, a.status, a.inForceFrom,
                    a.endedOn, parties, clause);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored agreement " + a.agreementId + " is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
