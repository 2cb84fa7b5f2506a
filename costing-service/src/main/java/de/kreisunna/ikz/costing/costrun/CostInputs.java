package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.agreement.AgreementTerms;
import de.kreisunna.ikz.costing.item.CostItemTerms;
import de.kreisunna.ikz.costing.kgst.EditionFigures;
import de.kreisunna.ikz.costing.licence.LicenceGrant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a cost run's result depends on. Finalizing freezes it as the run's snapshot (JSON), so a finalized
 * run recomputes to the identical result whatever changes later.
 *
 * @param payGrade the pay grade the run names for P, or null: then each cost clause's first pay grade
 * @param members each town's membership timeline with the projection's revision
 * @param defaultIssuers issuers used when no agreement names a KOPFSTELLE or OPERATOR party
 */
public record CostInputs(int year, EditionFigures edition, String payGrade, List<AgreementTerms> agreements,
        List<MemberTimeline> members, List<CostItemTerms> items, List<LicenceGrant> licences, Issuers defaultIssuers) {

    /** A town's membership timeline as consumed, with its revision. */
    public record MemberTimeline(String ags, String name, long revision, List<Period> periods) {
    }

    /** Days of membership, both inclusive; {@code validUntil} null = open-ended. */
    public record Period(LocalDate validFrom, LocalDate validUntil) {
    }

    public record Issuers(String kopfstelle, String operator) {
    }
}
