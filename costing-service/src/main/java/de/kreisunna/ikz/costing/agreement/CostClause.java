package de.kreisunna.ikz.costing.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * The cost clause of an agreement: the Kopfstelle's annual cost is
 * {@code fte × P + overheadRate × (fte × P) + materialCostShare × S}, P and S from a KGSt edition.
 * {@code payGrades} lists the grades the agreement allows for P; the first is the default.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CostClause(BigDecimal fte, List<String> payGrades, BigDecimal overheadRate, BigDecimal materialCostShare,
        String allocation) {

    /** The only allocation rule the papers know: equal shares among the members of each day. */
    public static final String EQUAL = "EQUAL";

    public List<String> problems() {
        var problems = new java.util.ArrayList<String>();
        if (fte == null || fte.signum() <= 0) {
            problems.add("costClause.fte missing or not positive");
        }
        if (payGrades == null || payGrades.isEmpty() || payGrades.stream().anyMatch(g -> g == null || g.isBlank())) {
            problems.add("costClause.payGrades missing or empty");
        }
        if (overheadRate == null || overheadRate.signum() < 0) {
            problems.add("costClause.overheadRate missing or negative");
        }
        if (materialCostShare == null || materialCostShare.signum() < 0) {
            problems.add("costClause.materialCostShare missing or negative");
        }
        return problems;
    }
}
