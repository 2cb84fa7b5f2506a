package de.kreisunna.ikz.membership.municipality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * Event-carried state: a town's whole membership timeline at a revision, the periods of all its agreements
 * ordered by start. Consumers keep the highest revision they have seen and ignore older or equal ones.
 * Schema: {@code schemas/membership-changed.v1.json}.
 */
public record MembershipChanged(String ags, String name, long revision, List<Period> periods) implements DomainEvent {

    public static final String TYPE = "ikz.membership.MembershipChanged.v1";

    /**
     * Inclusive days of membership; {@code validUntil} is null while open-ended. {@code agreementId} is left
     * out for a period recorded without an agreement.
     */
    public record Period(LocalDate validFrom, LocalDate validUntil,
            @JsonInclude(JsonInclude.Include.NON_NULL) String agreementId, LocalDate goLiveOn, LocalDate noticeGivenOn) {
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
