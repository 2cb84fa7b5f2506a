package de.kreisunna.ikz.costing.kgst;

import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.ExpectedVersion;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Maintains the KGSt editions; the optimistic version makes a stale update a 412, never a lost update. */
@ApplicationScoped
public class KgstEditionService {

    /** What finance enters for an edition. */
    public record EditionData(String label, LocalDate validFrom, LocalDate validUntil, BigDecimal materialCost,
            boolean materialCostIllustrative, List<PersonnelCost> personnelCosts, String sourceNote) {
    }

    private final EntityManager em;

    KgstEditionService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<KgstEdition> list() {
        return em.createQuery("FROM KgstEdition e ORDER BY e.validFrom, e.label", KgstEdition.class).getResultList();
    }

    @Transactional
    public KgstEdition get(long id) {
        KgstEdition edition = em.find(KgstEdition.class, id);
        if (edition == null) {
            throw new NotFound("KGSt edition " + id);
        }
        return edition;
    }

    @Transactional
    public Optional<KgstEdition> byLabel(String label) {
        return em.createQuery("FROM KgstEdition e WHERE e.label = :label", KgstEdition.class)
                .setParameter("label", label).getResultStream().findFirst();
    }

    /** The edition valid on a day; if several are, the one that became valid last. */
    @Transactional
    public Optional<KgstEdition> validOn(LocalDate day) {
        return list().stream().filter(e -> e.isValidOn(day)).max(Comparator.comparing((KgstEdition e) -> e.validFrom));
    }

    @Transactional
    public KgstEdition create(EditionData data) {
        check(data);
        if (byLabel(data.label()).isPresent()) {
            throw new Conflict("a KGSt edition labelled '" + data.label() + "' exists already");
        }
        KgstEdition edition = new KgstEdition(data.label());
        edition.replace(data.validFrom(), data.validUntil(), data.materialCost(), data.materialCostIllustrative(),
                data.personnelCosts(), data.sourceNote());
        em.persist(edition);
        return edition;
    }

    /** Replaces the figures; {@code expectedVersion} (from If-Match) must be current: required to replace what exists (428), stale (412) otherwise. */
    @Transactional
    public KgstEdition update(long id, ExpectedVersion expectedVersion, EditionData data) {
        check(data);
        KgstEdition edition = get(id);
        expectedVersion.check("KGSt edition " + id, edition.version);
        if (!edition.label.equals(data.label())) {
            byLabel(data.label()).ifPresent(other -> {
                throw new Conflict("a KGSt edition labelled '" + data.label() + "' exists already");
            });
            edition.label = data.label();
        }
        edition.replace(data.validFrom(), data.validUntil(), data.materialCost(), data.materialCostIllustrative(),
                data.personnelCosts(), data.sourceNote());
        em.flush();
        return edition;
    }

    private static void check(EditionData data) {
        if (data.validUntil() != null && data.validUntil().isBefore(data.validFrom())) {
            throw new InvalidInput("validUntil", "must not be before validFrom (" + data.validFrom() + ")");
        }
        long grades = data.personnelCosts().stream().map(PersonnelCost::payGrade).distinct().count();
        if (grades != data.personnelCosts().size()) {
            throw new InvalidInput("personnelCosts", "each pay grade may appear only once");
        }
    }
}
