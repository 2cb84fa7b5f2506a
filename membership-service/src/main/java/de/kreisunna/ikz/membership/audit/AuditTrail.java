package de.kreisunna.ikz.membership.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Writes the audit trail in the caller's transaction: the entry exists exactly when the change does. */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final Caller caller;

    AuditTrail(EntityManager em, ObjectMapper json, Clock clock, Caller caller) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.caller = caller;
    }

    /** {@code what} is written as JSON: the values the change set, in the API's own field names. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedEntity entity, String entityId, String action, Object what) {
        String summary;
        try {
            summary = json.writeValueAsString(what);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit summary of " + action + " cannot be written as JSON", e);
        }
        em.persist(new AuditEntry(clock.instant(), caller.name(), action, entity, entityId, summary));
    }

    /** Entries oldest first, optionally of one entity type and one entity. */
    @Transactional
    public List<AuditEntry> find(String entityType, String entityId) {
        AuditedEntity type = entityType == null ? null : AuditedEntity.ofKey(entityType).orElseThrow(() ->
                new InvalidInput("entityType", "must be one of " + AuditedEntity.keys()));
        if (type == null && entityId != null) {
            throw new InvalidInput("entityType", "is required with entityId");
        }
        return em.createQuery("""
                FROM AuditEntry e WHERE (:type IS NULL OR e.entityType = :type) AND (:id IS NULL OR e.entityId = :id)
                ORDER BY e.id""", AuditEntry.class)
                .setParameter("type", type == null ? null : type.key())
                .setParameter("id", entityId)
                .getResultList();
    }
}
