package de.kreisunna.ikz.costing.invoice;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * What an issuer's invoices say as data kept by finance: the VAT treatment per issuer and year (default: category
 * O with the § 2b UStG note) and the legal text per issuer and cost type (issuer "*" is the cooperation's default:
 * the agreement's cost clause for the Kopfstelle, the operator's pass-through clause of paper 215/21).
 */
@ApplicationScoped
public class IssuerTexts {

    public static final String ANY_ISSUER = "*";
    static final List<String> CATEGORIES = List.of("O", "E");

    private final EntityManager em;

    IssuerTexts(EntityManager em) {
        this.em = em;
    }

    /** The treatment finance configured for the issuer and year, if any. */
    @Transactional
    public Optional<VatTreatment> configuredVat(String issuerAgs, int year) {
        List<?> rows = em.createNativeQuery("SELECT category, note FROM vat_treatment WHERE issuer_ags = ?1 AND cost_year = ?2")
                .setParameter(1, issuerAgs).setParameter(2, year).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new VatTreatment((String) r[0], (String) r[1])).findFirst();
    }

    @Transactional
    public VatTreatment vat(String issuerAgs, int year) {
        return configuredVat(issuerAgs, year).orElse(VatTreatment.DEFAULT);
    }

    @Transactional
    public VatTreatment putVat(String issuerAgs, int year, VatTreatment vat) {
        if (!CATEGORIES.contains(vat.category())) {
            throw new InvalidInput("category", "must be O (not subject to VAT) or E (exempt)");
        }
        if (vat.note() == null || vat.note().isBlank() || vat.note().length() > 500) {
            throw new InvalidInput("note", "must name the VAT treatment in 1 to 500 characters");
        }
        em.createNativeQuery("INSERT INTO vat_treatment (issuer_ags, cost_year, category, note) VALUES (?1, ?2, ?3, ?4) "
                + "ON CONFLICT (issuer_ags, cost_year) DO UPDATE SET category = EXCLUDED.category, note = EXCLUDED.note, "
                + "version = vat_treatment.version + 1")
                .setParameter(1, issuerAgs).setParameter(2, year).setParameter(3, vat.category())
                .setParameter(4, vat.note().strip()).executeUpdate();
        return vat(issuerAgs, year);
    }

    /** The issuer's own legal text for the cost type, else the cooperation's default. */
    @Transactional
    public String legalText(String issuerAgs, CostType costType) {
        List<?> rows = em.createNativeQuery("SELECT text FROM legal_text WHERE cost_type = ?1 AND issuer_ags IN (?2, ?3) "
                + "ORDER BY CASE WHEN issuer_ags = ?2 THEN 0 ELSE 1 END")
                .setParameter(1, costType.name()).setParameter(2, issuerAgs).setParameter(3, ANY_ISSUER).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no legal text for " + costType + " (the V60 migration seeds the defaults)");
        }
        return (String) rows.get(0);
    }

    @Transactional
    public String putLegalText(String issuerAgs, CostType costType, String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidInput("text", "must be the cited clause in 1 to 2000 characters");
        }
        em.createNativeQuery("INSERT INTO legal_text (issuer_ags, cost_type, text) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (issuer_ags, cost_type) DO UPDATE SET text = EXCLUDED.text, version = legal_text.version + 1")
                .setParameter(1, issuerAgs).setParameter(2, costType.name()).setParameter(3, text.strip()).executeUpdate();
        return legalText(issuerAgs, costType);
    }
}
