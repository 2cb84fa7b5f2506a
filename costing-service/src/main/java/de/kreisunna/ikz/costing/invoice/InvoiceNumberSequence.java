package de.kreisunna.ikz.costing.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gapless invoice numbers per issuer and year: one counter row, incremented by {@code UPDATE … RETURNING} in the
 * issuing transaction. The row stays locked until that transaction ends, so concurrent issuers wait in turn,
 * and a rolled-back issue gives its number back — no gaps, no duplicates.
 */
@ApplicationScoped
public class InvoiceNumberSequence {

    private final EntityManager em;

    InvoiceNumberSequence(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InvoiceNumber next(String issuerAgs, int year) {
        em.createNativeQuery("INSERT INTO invoice_number_counter (issuer_ags, number_year, last_number) "
                + "VALUES (?1, ?2, 0) ON CONFLICT (issuer_ags, number_year) DO NOTHING")
                .setParameter(1, issuerAgs).setParameter(2, year).executeUpdate();
        Number next = (Number) em.createNativeQuery("UPDATE invoice_number_counter SET last_number = last_number + 1 "
                + "WHERE issuer_ags = ?1 AND number_year = ?2 RETURNING last_number")
                .setParameter(1, issuerAgs).setParameter(2, year).getSingleResult();
        return new InvoiceNumber(issuerAgs, year, next.intValue());
    }
}
