package de.kreisunna.ikz.costing.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Tolerant reader of {@code ikz.membership.AgreementChanged.v1} (event-carried state with a revision): only the
 * fields costing needs; unknown fields (the notice rule, ...) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementChangedV1(String agreementId, String title, String subject, String legalBasis, String status,
        LocalDate concludedOn, LocalDate inForceFrom, LocalDate endedOn, String predecessorId, String successorId,
        Long revision, List<Party> parties, CostClause costClause, CostSharingClause costSharingFrom) {

    public static final String TYPE = "ikz.membership.AgreementChanged.v1";

    /** The agreement's clause sharing its costs from a day before it took legal effect. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CostSharingClause(LocalDate from) {
    }

    /** Checks what costing relies on; a violation makes the event poison (dead-letter topic). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (agreementId == null || agreementId.isBlank()) {
            problems.add("agreementId missing");
        }
        if (revision == null || revision < 0) {
            problems.add("revision missing or negative");
        }
        if (status == null || status.isBlank()) {
            problems.add("status missing");
        }
        if (endedOn != null && inForceFrom != null && endedOn.isBefore(inForceFrom)) {
            problems.add("endedOn before inForceFrom");
        }
        if (parties != null && parties.stream().anyMatch(p -> p == null || p.ags() == null || p.role() == null)) {
            problems.add("a party without ags or role");
        }
        if (costClause != null) {
            problems.addAll(costClause.problems());
        }
        return problems;
    }

    /**
     * The terms costing computes with. Their {@code inForceFrom} is the first day the cost clause governs: the day of
     * legal effect, or the earlier day of the agreement's cost-sharing clause (the members share its costs from then).
     */
    public AgreementTerms terms() {
        LocalDate costsFrom = costSharingFrom != null && costSharingFrom.from() != null && inForceFrom != null
                && costSharingFrom.from().isBefore(inForceFrom) ? costSharingFrom.from() : inForceFrom;
        return new AgreementTerms(agreementId, revision, title, legalBasis, status, costsFrom, endedOn,
                parties == null ? List.of() : List.copyOf(parties), costClause);
    }
}
