package de.kreisunna.ikz.membership.municipality;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The day the town's AsylbLG instance went live on the shared installation: from then on it uses the procedure,
 * whether or not it is a party yet (the body of {@code POST /municipalities/{ags}/go-live}).
 */
public record GoLive(@NotNull LocalDate goLiveOn, @Size(max = 1000) String note) {
}
