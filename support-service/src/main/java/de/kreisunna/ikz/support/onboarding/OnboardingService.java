package de.kreisunna.ikz.support.onboarding;

import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.support.access.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Opens onboarding cases for accessions and lets the Kopfstelle work their checklists. */
@ApplicationScoped
public class OnboardingService {

    /** A case as its viewers see it. */
    public record CaseView(UUID id, String ags, String townName, LocalDate accessionDate, OnboardingCase.Status status,
            Instant openedAt, Instant completedAt, List<ItemView> checklist) {

        static CaseView of(OnboardingCase c) {
            return new CaseView(c.id(), c.ags(), c.townName(), c.accessionDate(), c.status(), c.openedAt(),
                    c.completedAt(), c.checklist().stream()
                            .map(e -> new ItemView(e.item(), e.done(), e.doneAt(), e.doneBy())).toList());
        }
    }

    public record ItemView(ChecklistItem item, boolean done, Instant doneAt, String doneBy) {
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;

    OnboardingService(EntityManager em, Outbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Opens the case for an accession unless it exists: runs inside the transaction that consumes the membership
     * event, whose lock on the town's row serialises deliveries; the unique (town, date) constraint backs it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFor(String ags, String townName, LocalDate accessionDate) {
        long existing = em.createQuery(
                "SELECT count(c) FROM OnboardingCase c WHERE c.ags = :ags AND c.accessionDate = :date", Long.class)
                .setParameter("ags", ags).setParameter("date", accessionDate).getSingleResult();
        if (existing > 0) {
            return;
        }
        OnboardingCase onboarding = new OnboardingCase(UUID.randomUUID(), ags, townName, accessionDate, clock.instant());
        em.persist(onboarding);
        outbox.add(new OnboardingCaseOpened(onboarding.id(), ags, townName, accessionDate,
                onboarding.checklist().stream().map(ChecklistEntry::item).toList()));
    }

    /** The cases the actor may see (a town only its own), newest accession first. */
    @Transactional
    public List<CaseView> list(Actor by) {
        TypedQuery<OnboardingCase> query = by.kind() == Actor.Kind.TOWN
                ? em.createQuery("FROM OnboardingCase c WHERE c.ags = :ags ORDER BY c.accessionDate DESC",
                        OnboardingCase.class).setParameter("ags", by.ags())
                : em.createQuery("FROM OnboardingCase c ORDER BY c.accessionDate DESC, c.ags", OnboardingCase.class);
        return query.getResultList().stream().map(CaseView::of).toList();
    }

    @Transactional
    public CaseView get(UUID id, Actor by) {
        return CaseView.of(visible(id, by, LockModeType.NONE));
    }

    @Transactional
    public CaseView mark(UUID id, ChecklistItem item, boolean done, Actor by) {
        OnboardingCase onboarding = visible(id, by, LockModeType.PESSIMISTIC_WRITE);
        onboarding.mark(item, done, by.name(), clock.instant());
        return CaseView.of(onboarding);
    }

    private OnboardingCase visible(UUID id, Actor by, LockModeType lock) {
        OnboardingCase onboarding = em.find(OnboardingCase.class, id, lock);
        if (onboarding == null || (by.kind() == Actor.Kind.TOWN && !onboarding.ags().equals(by.ags()))) {
            throw new NotFound("onboarding case " + id);
        }
        return onboarding;
    }
}
