package de.kreisunna.ikz.membership.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The agreement's cost rule as data, read by costing: the Kopfstelle's personnel cost is {@code fte} × the
 * KGSt rate of one of the {@code payGrades}, plus {@code overheadRate} of it, plus {@code materialCostShare}
 * of a workplace's material cost, split among the members by {@code allocation}. Decimals keep the scale
 * they were agreed with (0.25, 0.10).
 */
@Embeddable
public record CostClause(
        @Schema(description = "Full-time equivalents of the Kopfstelle", example = "0.25")
        @Column(name = "cost_fte") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 4) BigDecimal fte,
        @Schema(example = "[\"A 11 LBesG NRW\", \"EG 10 TVöD-VKA\"]")
        @Column(name = "cost_pay_grades") @JdbcTypeCode(SqlTypes.ARRAY) @NotEmpty List<@NotBlank @Size(max = 100) String> payGrades,
        @Schema(description = "Overhead on the personnel cost, as a fraction", example = "0.10")
        @Column(name = "cost_overhead_rate") @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal overheadRate,
        @Schema(description = "Share of a workplace's material cost, as a fraction", example = "0.25")
        @Column(name = "cost_material_share") @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal materialCostShare,
        @Column(name = "cost_allocation") @Enumerated(EnumType.STRING) @NotNull AllocationKey allocation) {

    public CostClause {
        payGrades = payGrades == null ? null : List.copyOf(payGrades);
    }
}
