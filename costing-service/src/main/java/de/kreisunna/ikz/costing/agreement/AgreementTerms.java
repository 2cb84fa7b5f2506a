package de.kreisunna.ikz.costing.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What this service knows of an agreement at a revision: enough to find the cost clause in force on a day. */
public record AgreementTerms(String agreementId, long revision, String title, String legalBasis, String status,
        LocalDate inForceFrom, LocalDate endedOn, List<Party> parties, CostClause costClause) {

    /** Statuses of an agreement that is or was in force; DRAFT and CONCLUDED ones have no cost effect yet. */
    private static final Set<String> WAS_IN_FORCE = Set.of("IN_FORCE", "SUPERSEDED", "TERMINATED");

    public boolean hasBeenInForce() {
        return WAS_IN_FORCE.contains(status) && inForceFrom != null && costClause != null;
    }

    public Optional<Party> party(String role) {
        return parties == null ? Optional.empty() : parties.stream().filter(p -> role.equals(p.role())).findFirst();
    }
}
