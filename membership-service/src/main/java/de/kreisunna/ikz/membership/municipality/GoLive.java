package de.kreisunna.ikz.membership.municipality;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The day the town's AsylbLG instance went live on the shared installation: from then on it uses the procedure,
 * whether or not it is a party yet (the body of {@code POST /municipalities/{ags}/go-live}).
 */
public record GoLive(
        @Schema(description = "The first day the town uses the shared installation", example = "2025-07-01")
        @NotNull LocalDate goLiveOn,
        @Schema(example = "Instance moved to the shared installation over the weekend before")
        @Size(max = 1000) String note) {
}
