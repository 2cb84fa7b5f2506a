package de.kreisunna.ikz.membership.agreement;

import com.fasterxml.jackson.annotation.JsonValue;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * Event-carried state of an agreement at a revision: status and dates, the version chain, the parties with
 * their roles, the cost clause (costing computes shares from it) and the notice rule; the supervisory approval
 * and the publication that made it take effect; a clause sharing costs from an earlier day. Key = agreement id.
 * Schema: {@code schemas/agreement-changed.v1.json}. The REST representation of an agreement is the same document.
 */
public record AgreementChanged(String agreementId, String title, String subject, String legalBasis, AgreementStatus status,
        LocalDate concludedOn, LocalDate inForceFrom, LocalDate endedOn, String predecessorId, String successorId,
        long revision, List<PartyView> parties, CostClause costClause, NoticeRule noticeRule,
        SupervisoryApproval supervisoryApproval, Publication publication, CostSharingClause costSharingFrom) {

    public static final String TYPE = "ikz.membership.AgreementChanged.v1";

    /** A party with the municipality's current name. */
    public record PartyView(String ags, String name, PartyRole role) {
    }

    /**
     * This state as an outbox event keyed by the agreement id. It is a separate object because the document's own
     * {@code subject} field is what the agreement is about (AsylbLG), not the event's subject.
     */
    public DomainEvent asEvent() {
        return new Event(this);
    }

    private record Event(@JsonValue AgreementChanged state) implements DomainEvent {

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public String subject() {
            return state.agreementId();
        }
    }
}
