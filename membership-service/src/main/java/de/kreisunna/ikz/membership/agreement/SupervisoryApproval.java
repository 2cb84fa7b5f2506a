package de.kreisunna.ikz.membership.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The approval of the agreement by the supervisory authority (GkG NRW § 24 (2)); it is deemed given if the
 * authority does not object within four weeks, then {@code approvedOn} is the day that period ended and
 * {@code authority} still names who would have objected (for Kreis Unna presumably the Bezirksregierung Arnsberg).
 */
@Embeddable
public record SupervisoryApproval(
        @Schema(example = "2025-11-26") @Column(name = "approved_on") @NotNull LocalDate approvedOn,
        @Schema(example = "Bezirksregierung Arnsberg")
        @Column(name = "approving_authority") @NotBlank @Size(max = 200) String authority) {
}
