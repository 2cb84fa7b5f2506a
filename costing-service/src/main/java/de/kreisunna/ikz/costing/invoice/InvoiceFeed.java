package de.kreisunna.ikz.costing.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The issued invoices and credit notes since a day, page by page in a stable order (issue date, then id), for a
 * town's own system that fetches what is new since its last visit. A page ends at a {@link Position}; the next page
 * starts after it, so a page never repeats or skips an invoice even while others are being issued.
 */
@ApplicationScoped
public class InvoiceFeed {

    /** The last invoice of a page: its issue date and id; written {@code 2026-11-20.1234}. */
    public record Position(LocalDate issueDate, long id) {

        @Override
        public String toString() {
            return issueDate + "." + id;
        }

        /** Reads a position written by {@link #toString()}; empty if it is not one. */
        public static Optional<Position> parse(String text) {
            int dot = text.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            try {
                long id = Long.parseLong(text.substring(dot + 1));
                return id > 0 ? Optional.of(new Position(LocalDate.parse(text.substring(0, dot)), id)) : Optional.empty();
            } catch (DateTimeParseException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** One page; {@code next} is where the following page starts, empty on the last page. */
    public record Page(List<Invoice> invoices, Optional<Position> next) {
    }

    private final EntityManager em;

    InvoiceFeed(EntityManager em) {
        this.em = em;
    }

    /**
     * Up to {@code limit} invoices issued on or after {@code since} (drafts never), after {@code after} if given.
     *
     * @param recipient only this town's invoices; null = every town's
     */
    @Transactional
    public Page issuedSince(LocalDate since, String recipient, Position after, int limit) {
        StringBuilder q = new StringBuilder("FROM Invoice i WHERE i.issueDate IS NOT NULL AND i.issueDate >= :since");
        if (recipient != null) {
            q.append(" AND i.recipientAgs = :recipient");
        }
        if (after != null) {
            q.append(" AND (i.issueDate > :afterDate OR (i.issueDate = :afterDate AND i.id > :afterId))");
        }
        var query = em.createQuery(q.append(" ORDER BY i.issueDate, i.id").toString(), Invoice.class)
                .setParameter("since", since)
                .setMaxResults(limit + 1);
        if (recipient != null) {
            query.setParameter("recipient", recipient);
        }
        if (after != null) {
            query.setParameter("afterDate", after.issueDate()).setParameter("afterId", after.id());
        }
        List<Invoice> found = query.getResultList();
        if (found.size() <= limit) {
            return new Page(found, Optional.empty());
        }
        List<Invoice> page = found.subList(0, limit);
        Invoice last = page.get(limit - 1);
        return new Page(List.copyOf(page), Optional.of(new Position(last.issueDate, last.id)));
    }
}
