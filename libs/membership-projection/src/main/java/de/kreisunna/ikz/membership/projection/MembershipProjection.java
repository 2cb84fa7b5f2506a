package de.kreisunna.ikz.membership.projection;

import de.kreisunna.ikz.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * This service's read model of the membership timelines. Applying an event locks the town's row, so
 * concurrent deliveries of one town's events serialise; only a newer revision changes anything. A service
 * that must react to a change (e.g. open an onboarding case) observes {@link TimelineUpdated}, fired in
 * the same transaction.
 */
@ApplicationScoped
public class MembershipProjection {

    /** Fired (synchronously, inside the consuming transaction) after a town's timeline was replaced. */
    public record TimelineUpdated(MemberTown town, List<MemberTown.Period> previousPeriods) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final Event<TimelineUpdated> updated;

    MembershipProjection(EntityManager em, Clock clock, Event<TimelineUpdated> updated) {
        this.em = em;
        this.clock = clock;
        this.updated = updated;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(MembershipChangedV1 event) {
        List<String> problems = event.problems();
        if (!problems.isEmpty()) {
            throw new PoisonEventException("invalid " + MembershipChangedV1.TYPE + ": " + String.join(", ", problems));
        }
        em.createNativeQuery("INSERT INTO member_town (ags, name, revision, updated_at) VALUES (?1, ?2, -1, ?3) "
                + "ON CONFLICT (ags) DO NOTHING")
                .setParameter(1, event.ags()).setParameter(2, event.name()).setParameter(3, clock.instant())
                .executeUpdate();
        MemberTown town = em.find(MemberTown.class, event.ags(), LockModeType.PESSIMISTIC_WRITE);
        List<MemberTown.Period> previous = town.periods();
        if (!town.apply(event, clock.instant())) {
            return false;
        }
        updated.fire(new TimelineUpdated(town, previous));
        return true;
    }

    @Transactional
    public Optional<MemberTown> find(String ags) {
        return Optional.ofNullable(em.find(MemberTown.class, ags));
    }

    /** The towns that are members on the given day, ordered by AGS. */
    @Transactional
    public List<MemberTown> membersOn(LocalDate day) {
        return em.createQuery("""
                SELECT DISTINCT t FROM MemberTown t JOIN t.periods p
                WHERE p.validFrom <= :day AND (p.validUntil IS NULL OR p.validUntil >= :day)
                ORDER BY t.ags""", MemberTown.class)
                .setParameter("day", day).getResultList();
    }

    @Transactional
    public List<MemberTown> all() {
        return em.createQuery("SELECT t FROM MemberTown t ORDER BY t.ags", MemberTown.class).getResultList();
    }
}
