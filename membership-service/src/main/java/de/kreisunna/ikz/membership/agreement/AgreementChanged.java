package de.kreisunna.ikz.membership.agreement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * Event-carried state of an agreement at a revision: status and dates, the version chain, the parties with
 * their roles, the cost clause (costing computes shares from it) and the notice rule. Key = agreement id.
 * Schema: {@code schemas/agreement-changed.v1.json}. The REST representation of an agreement is the same document.
 */
public record AgreementChanged(String agreementId, String title, String subject, String legalBasis, AgreementStatus status,
        LocalDate concludedOn, LocalDate inForceFrom, LocalDate endedOn, String predecessorId, String successorId,
        long revision, List<PartyView> parties, CostClause costClause, NoticeRule noticeRule) implements DomainEvent {

    public static final String TYPE = "ikz.membership.AgreementChanged.v1";

    /** A party with the municipality's current name. */
    public record PartyView(String ags, String name, PartyRole role) {
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return agreementId;
    }
}
