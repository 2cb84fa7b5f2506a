package de.kreisunna.ikz.costing.kgst;

import de.kreisunna.ikz.costing.allocation.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a KGSt edition ("Kosten eines Arbeitsplatzes") a cost run uses, frozen into its snapshot:
 * P per pay grade and S, the material cost of an office workplace, each marked if illustrative.
 */
public record EditionFigures(String label, LocalDate validFrom, LocalDate validUntil, Money materialCost,
        boolean materialCostIllustrative, List<Figure> personnelCosts, String sourceNote) {

    /** Annual personnel cost of a pay grade. */
    public record Figure(String payGrade, Money annualCost, boolean illustrative) {
    }

    public Optional<Figure> personnelCost(String payGrade) {
        return personnelCosts.stream().filter(f -> f.payGrade().equals(payGrade)).findFirst();
    }
}
