package de.kreisunna.ikz.costing.licence;

import java.time.LocalDate;

/** Licences granted to a town: {@code quantity} more of {@code product} from {@code effectiveFrom} on (open-ended). */
public record LicenceGrant(String requestId, String ags, String product, int quantity, LocalDate effectiveFrom) {
}
