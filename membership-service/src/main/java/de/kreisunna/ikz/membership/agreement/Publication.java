package de.kreisunna.ikz.membership.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The publication of the agreement and its approval by the authority in its official gazette (GkG NRW
 * § 24 (3)); the agreement takes effect on the day after, unless it names a later day (§ 24 (4)).
 */
@Embeddable
public record Publication(
        @Schema(example = "2025-12-12") @Column(name = "published_on") @NotNull LocalDate publishedOn,
        @Schema(example = "Amtsblatt für den Regierungsbezirk Arnsberg")
        @Column(name = "published_in") @NotBlank @Size(max = 300) String publishedIn) {
}
