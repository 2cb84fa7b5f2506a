package de.kreisunna.ikz.membership.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A clause of the agreement by which its members share the costs from a day before it takes legal effect
 * (e.g. since they have used the shared installation). It is a dated clause of its own, shown as such: it makes
 * no one a party earlier, it only adds cost-sharing days. {@code note} says where it comes from.
 */
@Embeddable
public record CostSharingClause(
        @Schema(description = "The first day the members share the costs", example = "2025-07-01")
        @Column(name = "cost_sharing_from") @NotNull LocalDate from,
        @Schema(example = "The members have used the shared installation since 2025-07-01")
        @Column(name = "cost_sharing_note") @Size(max = 1000) String note) {
}
