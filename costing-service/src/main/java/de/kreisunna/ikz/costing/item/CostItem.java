package de.kreisunna.ikz.costing.item;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A pass-through cost item as finance maintains it; see {@link CostItemTerms} for its meaning. */
@Entity
@Table(name = "cost_item")
public class CostItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "cost_year")
    int year;

    String kind;

    String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "split_key")
    SplitKey splitKey;

    BigDecimal amount;

    @Column(name = "unit_price")
    BigDecimal unitPrice;

    String product;

    String ags;

    @Column(name = "licence_count")
    Integer count;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_until")
    LocalDate validUntil;

    /** Optimistic lock; also the ETag. */
    @Version
    long version;

    protected CostItem() {
    }

    CostItem(CostItemTerms terms) {
        replace(terms);
    }

    void replace(CostItemTerms t) {
        year = t.year();
        kind = t.kind();
        label = t.label();
        splitKey = t.splitKey();
        amount = t.amount() == null ? null : t.amount().amount();
        unitPrice = t.unitPrice() == null ? null : t.unitPrice().amount();
        product = t.product();
        ags = t.ags();
        count = t.count();
        validFrom = t.validFrom();
        validUntil = t.validUntil();
    }

    public long version() {
        return version;
    }

    public CostItemTerms terms() {
        return new CostItemTerms(id, year, kind, label, splitKey, amount == null ? null : Money.of(amount),
                unitPrice == null ? null : Money.of(unitPrice), product, ags, count, validFrom, validUntil);
    }
}
