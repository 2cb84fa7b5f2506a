package de.kreisunna.ikz.membership.resolution;

import de.kreisunna.ikz.membership.agreement.AgreementRepository;
import de.kreisunna.ikz.membership.audit.AuditTrail;
import de.kreisunna.ikz.membership.audit.AuditedEntity;
import de.kreisunna.ikz.membership.municipality.MunicipalityRepository;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.time.CooperationCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records the parties' resolutions about an agreement; concluding it reads them. */
@ApplicationScoped
public class ResolutionService {

    private final EntityManager em;
    private final AgreementRepository agreements;
    private final MunicipalityRepository municipalities;
    private final AuditTrail audit;
    private final CooperationCalendar calendar;

    ResolutionService(EntityManager em, AgreementRepository agreements, MunicipalityRepository municipalities, AuditTrail audit,
            CooperationCalendar calendar) {
        this.calendar = calendar;
        this.em = em;
        this.agreements = agreements;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    @Transactional
    public CouncilResolution record(String agreementId, Resolution resolution) {
        agreements.require(agreementId);
        municipalities.require(resolution.ags());
        if (resolution.accedingAgs() != null) {
            municipalities.require(resolution.accedingAgs());
        }
        CouncilResolution recorded = new CouncilResolution(agreementId, resolution, calendar.today());
        em.persist(recorded);
        audit.record(AuditedEntity.RESOLUTION, recorded.id().toString(), "RESOLUTION_RECORDED",
                new Recorded(agreementId, resolution));
        return recorded;
    }

    /** All resolutions about the agreement, by date. */
    @Transactional
    public List<CouncilResolution> of(String agreementId) {
        return em.createQuery("FROM CouncilResolution r WHERE r.agreementId = :id ORDER BY r.decidedOn, r.id",
                CouncilResolution.class).setParameter("id", agreementId).getResultList();
    }

    /** What the caller may see of an agreement's resolutions: a town only its own, and only as a party. */
    @Transactional
    public List<CouncilResolution> visibleOf(String agreementId, Caller caller) {
        agreements.requireVisible(agreementId, caller);
        return of(agreementId).stream()
                .filter(r -> !caller.isTownScoped() || r.ags().equals(caller.requiredTown())).toList();
    }

    /** Every resolution, by date (for the chronology). */
    @Transactional
    public List<CouncilResolution> all() {
        return em.createQuery("FROM CouncilResolution r ORDER BY r.decidedOn, r.id", CouncilResolution.class).getResultList();
    }

    private record Recorded(String agreementId, Resolution resolution) {
    }
}
