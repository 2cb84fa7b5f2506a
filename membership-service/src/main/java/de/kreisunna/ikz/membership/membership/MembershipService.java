package de.kreisunna.ikz.membership.membership;

import de.kreisunna.ikz.membership.agreement.Agreement;
import de.kreisunna.ikz.membership.agreement.AgreementRepository;
import de.kreisunna.ikz.membership.audit.AuditTrail;
import de.kreisunna.ikz.membership.audit.AuditedEntity;
import de.kreisunna.ikz.membership.municipality.MembershipPeriod;
import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.municipality.MunicipalityRepository;
import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.time.CooperationCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Membership in an agreement: notice and leaving, and the refusal of an accession by any other way than a new
 * agreement. Notice locks the agreement, then the town; every change publishes the town's whole timeline.
 */
@ApplicationScoped
public class MembershipService {

    /** A membership as shown: the town, its period in the agreement, go-live and notice. */
    public record Member(String ags, String name, String agreementId, LocalDate validFrom, LocalDate validUntil,
            LocalDate goLiveOn, LocalDate noticeGivenOn) {

        static Member of(MembershipPeriod p) {
            return new Member(p.municipality().ags(), p.municipality().name(), p.agreementId(), p.validFrom(),
                    p.validUntil(), p.goLiveOn(), p.noticeGivenOn());
        }
    }

    private final EntityManager em;
    private final AgreementRepository agreementRepository;
    private final MunicipalityRepository municipalities;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final CooperationCalendar calendar;

    MembershipService(EntityManager em, AgreementRepository agreementRepository, MunicipalityRepository municipalities,
            Outbox outbox, AuditTrail audit, CooperationCalendar calendar) {
        this.em = em;
        this.agreementRepository = agreementRepository;
        this.municipalities = municipalities;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
    }

    /**
     * Refuses to add a town to an agreement: a town becomes a party only by concluding a (successor or accession)
     * agreement that names it; the 409 says what is missing.
     */
    @Transactional
    public Member accede(String agreementId, Accession accession) {
        Agreement agreement = agreementRepository.require(agreementId);
        Municipality town = municipalities.require(accession.ags());
        throw agreement.accessionRefused(town.ags(), town.name());
    }

    /**
     * The town gives notice on {@code givenOn} (today if not given): its membership ends on the requested day or,
     * if none is requested, on the earliest day the agreement's notice rule allows.
     */
    @Transactional
    public Member giveNotice(String agreementId, String ags, LocalDate givenOn, LocalDate requestedLastDay) {
        Agreement agreement = agreementRepository.lock(agreementId);
        agreement.requireInForce("left by notice");
        LocalDate noticeDay = givenOn == null ? calendar.today() : givenOn;
        LocalDate lastDay = agreement.noticeRule().lastDay(noticeDay, requestedLastDay);
        Municipality town = municipalities.lock(ags);
        outbox.add(town.giveNotice(agreementId, noticeDay, lastDay));
        audit.record(AuditedEntity.MEMBERSHIP, ags, "NOTICE_GIVEN",
                new Notice(agreementId, noticeDay, lastDay));
        return current(town, agreementId);
    }

    /** Members of the agreement on a day, or every membership it ever had if {@code at} is null; by AGS. */
    @Transactional
    public List<Member> members(String agreementId, LocalDate at, Caller caller) {
        agreementRepository.requireVisible(agreementId, caller);
        String onTheDay = at == null ? "" : " AND p.validFrom <= :at AND (p.validUntil IS NULL OR p.validUntil >= :at)";
        var query = em.createQuery("SELECT p FROM MembershipPeriod p JOIN FETCH p.municipality m WHERE p.agreementId = :id"
                + onTheDay + " ORDER BY m.ags, p.validFrom", MembershipPeriod.class).setParameter("id", agreementId);
        if (at != null) {
            query.setParameter("at", at);
        }
        return query.getResultList().stream().map(Member::of).toList();
    }

    /** Every membership period of every agreement (for the chronology). */
    @Transactional
    public List<Member> all() {
        return em.createQuery("SELECT p FROM MembershipPeriod p JOIN FETCH p.municipality m ORDER BY p.validFrom, m.ags",
                MembershipPeriod.class).getResultList().stream().map(Member::of).toList();
    }

    /** The town's latest period in the agreement: the one the change was about. */
    private static Member current(Municipality town, String agreementId) {
        return town.periods().stream().filter(p -> agreementId.equals(p.agreementId()))
                .reduce((first, second) -> second).map(Member::of).orElseThrow();
    }

    private record Notice(String agreementId, LocalDate noticeGivenOn, LocalDate validUntil) {
    }
}
