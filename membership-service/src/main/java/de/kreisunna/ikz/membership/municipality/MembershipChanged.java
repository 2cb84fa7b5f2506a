package de.kreisunna.ikz.membership.municipality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * Event-carried state: a town's whole membership timeline at a revision, the periods of all its agreements
 * ordered by start (party status), the day it went live on the shared installation (use of the procedure), the
 * days it shares costs with their basis, and its master data for invoicing (Leitweg-ID, invoice address, contact). Consumers keep the highest revision they have seen and ignore older or equal ones.
 * Schema: {@code schemas/membership-changed.v1.json}.
 */
public record MembershipChanged(String ags, String name, long revision, List<Period> periods, LocalDate goLiveOn,
        List<CostSharing> costSharing, String leitwegId, PostalAddress invoiceAddress, Contact contact) implements DomainEvent {

    public static final String TYPE = "ikz.membership.MembershipChanged.v1";

    /**
     * Inclusive days of membership; {@code validUntil} is null while open-ended. {@code agreementId} is left
     * out for a period recorded without an agreement.
     */
    public record Period(LocalDate validFrom, LocalDate validUntil,
            @JsonInclude(JsonInclude.Include.NON_NULL) String agreementId, LocalDate goLiveOn, LocalDate noticeGivenOn) {
    }

    /**
     * Days the town shares the costs of {@code agreementId} and why: as its party, by the agreement's clause, or by
     * an interim decision (with the day, who decided, the source and whether it is an assumption).
     */
    public record CostSharing(LocalDate validFrom, LocalDate validUntil, CostSharingBasis basis, String agreementId,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate decidedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) String decidedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) String source, boolean assumption) {
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
