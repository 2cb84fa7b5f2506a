package de.kreisunna.ikz.membership.municipality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * Event-carried state: a town's whole membership timeline at a revision. Consumers keep the highest
 * revision they have seen and ignore older or equal ones. Schema: {@code schemas/membership-changed.v1.json}.
 */
public record MembershipChanged(String ags, String name, long revision, List<Period> periods) implements DomainEvent {

    public static final String TYPE = "ikz.membership.MembershipChanged.v1";

    /** Inclusive days of membership; {@code validUntil} is null while open-ended. */
    public record Period(LocalDate validFrom, LocalDate validUntil) {
    }

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
