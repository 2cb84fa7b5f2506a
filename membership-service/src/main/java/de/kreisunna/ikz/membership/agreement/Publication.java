package de.kreisunna.ikz.membership.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The publication of the agreement and its approval by the authority in its official gazette (GkG NRW
 * § 24 (3)); the agreement takes effect on the day after, unless it names a later day (§ 24 (4)).
 */
@Embeddable
public record Publication(
        @Column(name = "published_on") @NotNull LocalDate publishedOn,
        @Column(name = "published_in") @NotBlank @Size(max = 300) String publishedIn) {
}
