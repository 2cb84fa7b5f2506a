package de.kreisunna.ikz.costing.kgst;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Annual personnel cost of one full-time position of a pay grade; {@code illustrative} if not a real KGSt figure. */
@Embeddable
public record PersonnelCost(@Column(name = "pay_grade") String payGrade,
        @Column(name = "annual_cost") BigDecimal annualCost,
        @Column(name = "illustrative") boolean illustrative) {
}
