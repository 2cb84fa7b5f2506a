package de.kreisunna.ikz.costing.item;

import de.kreisunna.ikz.costing.allocation.SplitKey;
import de.kreisunna.ikz.platform.domain.ExpectedVersion;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Maintains the pass-through cost items (finance). */
@ApplicationScoped
public class CostItemService {

    private static final Set<String> KINDS = Set.of(CostItemTerms.MAINTENANCE, CostItemTerms.ADDITIONAL_LICENCES,
            CostItemTerms.OTHER);

    private final EntityManager em;

    CostItemService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<CostItem> list(Integer year) {
        if (year == null) {
            return em.createQuery("FROM CostItem i ORDER BY i.year, i.id", CostItem.class).getResultList();
        }
        return em.createQuery("FROM CostItem i WHERE i.year = :year ORDER BY i.id", CostItem.class)
                .setParameter("year", year).getResultList();
    }

    /** The items of a year as plain terms, ordered by id (a stable order for snapshots). */
    @Transactional
    public List<CostItemTerms> termsOf(int year) {
        return list(year).stream().map(CostItem::terms).toList();
    }

    @Transactional
    public CostItem get(long id) {
        CostItem item = em.find(CostItem.class, id);
        if (item == null) {
            throw new NotFound("cost item " + id);
        }
        return item;
    }

    @Transactional
    public CostItem create(CostItemTerms terms) {
        check(terms);
        CostItem item = new CostItem(terms);
        em.persist(item);
        return item;
    }

    @Transactional
    public CostItem update(long id, ExpectedVersion expectedVersion, CostItemTerms terms) {
        check(terms);
        CostItem item = current(id, expectedVersion);
        item.replace(terms);
        em.flush();
        return item;
    }

    @Transactional
    public void delete(long id, ExpectedVersion expectedVersion) {
        em.remove(current(id, expectedVersion));
    }

    private CostItem current(long id, ExpectedVersion expectedVersion) {
        CostItem item = get(id);
        expectedVersion.check("cost item " + id, item.version);
        return item;
    }

    /** The rules of {@link CostItemTerms}, each violation named by its field. */
    static void check(CostItemTerms t) {
        if (!KINDS.contains(t.kind())) {
            throw new InvalidInput("kind", "must be one of " + String.join(", ", KINDS.stream().sorted().toList()));
        }
        if (t.splitKey() == SplitKey.DIRECT) {
            require(t.unitPrice() != null, "unitPrice", "is required for split key DIRECT (price per licence and year)");
            require(t.amount() == null, "amount", "must be empty for split key DIRECT (the unit price is charged)");
            require(!t.unitPrice().isNegative(), "unitPrice", "must not be negative");
            require(t.count() == null || t.ags() != null, "ags", "is required when a licence count is entered");
            require(t.count() != null || t.product() != null, "product",
                    "is required without a count: the licence counts of this product are charged");
            require(t.count() == null || t.count() > 0, "count", "must be at least 1");
            LocalDate first = LocalDate.of(t.year(), 1, 1);
            LocalDate last = LocalDate.of(t.year(), 12, 31);
            require(t.validFrom() == null || !t.validFrom().isBefore(first) && !t.validFrom().isAfter(last), "validFrom",
                    "must lie in " + t.year());
            require(t.validUntil() == null || !t.validUntil().isBefore(first) && !t.validUntil().isAfter(last),
                    "validUntil", "must lie in " + t.year());
            require(t.validFrom() == null || t.validUntil() == null || !t.validUntil().isBefore(t.validFrom()),
                    "validUntil", "must not be before validFrom");
        } else {
            require(t.amount() != null, "amount", "is required for split key " + t.splitKey() + " (the cost of the year)");
            require(!t.amount().isNegative(), "amount", "must not be negative");
            require(t.unitPrice() == null, "unitPrice", "is only for split key DIRECT");
            require(t.ags() == null && t.count() == null, "ags", "is only for split key DIRECT (a cost charged to one town)");
            require(t.validFrom() == null && t.validUntil() == null, "validFrom",
                    "is only for split key DIRECT: a shared cost is the cost of the whole year");
            require(t.splitKey() == SplitKey.BY_LICENCES || t.product() == null, "product", "is only for BY_LICENCES and DIRECT");
        }
    }

    private static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new InvalidInput(field, reason);
        }
    }
}
