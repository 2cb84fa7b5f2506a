package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.agreement.CostClause;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.kgst.EditionFigures;
import java.math.BigDecimal;

/**
 * The Kopfstelle's annual cost under a cost clause and a KGSt edition, line by line as a treasurer checks it:
 * <pre>
 *   personnel = fte × P                  (P: annual personnel cost of the pay grade)
 *   overhead  = overheadRate × personnel
 *   material  = materialCostShare × S    (S: material cost of an office workplace)
 *   annual    = personnel + overhead + material
 * </pre>
 * Each line is rounded half up to the cent as printed, and overhead is taken on the printed personnel line, so
 * the lines a town sees add up exactly. All factors come from the agreement and the edition: no constants here.
 */
public record KopfstelleCost(BigDecimal fte, String payGrade, Money personnelCostPerPosition,
        boolean personnelCostIllustrative, Money personnel, BigDecimal overheadRate, Money overhead,
        BigDecimal materialCostShare, Money materialCost, boolean materialCostIllustrative, Money material,
        Money annual, String editionLabel) {

    public static KopfstelleCost of(CostClause clause, String payGrade, EditionFigures edition) {
        EditionFigures.Figure p = edition.personnelCost(payGrade).orElseThrow(() -> new CostRunException(
                "KGSt edition " + edition.label() + " has no personnel cost for pay grade '" + payGrade + "'"));
        Money personnel = Money.roundHalfUp(clause.fte().multiply(p.annualCost().amount()));
        Money overhead = Money.roundHalfUp(clause.overheadRate().multiply(personnel.amount()));
        Money material = Money.roundHalfUp(clause.materialCostShare().multiply(edition.materialCost().amount()));
        return new KopfstelleCost(clause.fte(), payGrade, p.annualCost(), p.illustrative(), personnel,
                clause.overheadRate(), overhead, clause.materialCostShare(), edition.materialCost(),
                edition.materialCostIllustrative(), material, personnel.plus(overhead).plus(material), edition.label());
    }
}
