package de.kreisunna.ikz.support.licence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A licence request was granted: the town uses {@code quantity} additional licences of the product from
 * {@code effectiveFrom}. costing-service charges their cost to that town. Schema:
 * {@code schemas/licence-changed.v1.json}.
 */
public record LicenceChanged(UUID requestId, String ags, String product, int quantity, LocalDate effectiveFrom)
        implements DomainEvent {

    public static final String TYPE = "ikz.support.LicenceChanged.v1";

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return ags;
    }
}
