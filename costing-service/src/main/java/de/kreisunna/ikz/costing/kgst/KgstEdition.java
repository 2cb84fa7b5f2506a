package de.kreisunna.ikz.costing.kgst;

import de.kreisunna.ikz.costing.allocation.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An edition of the KGSt report "Kosten eines Arbeitsplatzes": its figures change with every edition, so they
 * are data with a source and a validity, maintained by finance, never constants in code.
 */
@Entity
@Table(name = "kgst_edition")
public class KgstEdition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String label;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_until")
    LocalDate validUntil;

    @Column(name = "material_cost")
    BigDecimal materialCost;

    @Column(name = "material_cost_illustrative")
    boolean materialCostIllustrative;

    @Column(name = "source_note")
    String sourceNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kgst_personnel_cost", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderBy("payGrade")
    List<PersonnelCost> personnelCosts = new ArrayList<>();

    /** Optimistic lock; also the ETag of the edition. */
    @Version
    long version;

    protected KgstEdition() {
    }

    KgstEdition(String label) {
        this.label = label;
    }

    void replace(LocalDate validFrom, LocalDate validUntil, BigDecimal materialCost, boolean materialCostIllustrative,
            List<PersonnelCost> personnelCosts, String sourceNote) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.materialCost = materialCost;
        this.materialCostIllustrative = materialCostIllustrative;
        this.sourceNote = sourceNote;
        this.personnelCosts.clear();
        this.personnelCosts.addAll(personnelCosts);
    }

    public Long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public long version() {
        return version;
    }

    /** Whether the edition is valid on at least one day from {@code from} to {@code until}. */
    public boolean overlaps(LocalDate from, LocalDate until) {
        return !validFrom.isAfter(until) && (validUntil == null || !validUntil.isBefore(from));
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public EditionFigures figures() {
        return new EditionFigures(label, validFrom, validUntil, Money.of(materialCost), materialCostIllustrative,
                personnelCosts.stream().sorted(java.util.Comparator.comparing(PersonnelCost::payGrade))
                        .map(p -> new EditionFigures.Figure(p.payGrade(), Money.of(p.annualCost()), p.illustrative()))
                        .toList(),
                sourceNote);
    }
}
