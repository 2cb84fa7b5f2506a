package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.agreement.AgreementStore;
import de.kreisunna.ikz.costing.agreement.AgreementTerms;
import de.kreisunna.ikz.costing.config.CostingConfig;
import de.kreisunna.ikz.costing.item.CostItemService;
import de.kreisunna.ikz.costing.kgst.KgstEdition;
import de.kreisunna.ikz.costing.kgst.KgstEditionService;
import de.kreisunna.ikz.costing.licence.LicenceLedger;
import de.kreisunna.ikz.membership.projection.MemberTown;
import de.kreisunna.ikz.membership.projection.MembershipProjection;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the current inputs of a year from this service's tables: the KGSt edition, the agreements and the
 * days each town shares costs (as consumed from membership-service), the cost items and the licence grants. Only what can
 * affect the year is taken, so a change elsewhere does not count as a change of the run's inputs.
 */
@ApplicationScoped
public class CostInputsCollector {

    private final KgstEditionService editions;
    private final AgreementStore agreements;
    private final MembershipProjection projection;
    private final CostItemService items;
    private final LicenceLedger licences;
    private final CostingConfig config;

    CostInputsCollector(KgstEditionService editions, AgreementStore agreements, MembershipProjection projection,
            CostItemService items, LicenceLedger licences, CostingConfig config) {
        this.editions = editions;
        this.agreements = agreements;
        this.projection = projection;
        this.items = items;
        this.licences = licences;
        this.config = config;
    }

    /** The edition a run names, or the one valid on 1 January of the year. */
    @Transactional
    public KgstEdition edition(int year, String editionLabel) {
        if (editionLabel != null) {
            return editions.byLabel(editionLabel).orElseThrow(() -> new InvalidInput("editionLabel",
                    "no KGSt edition is labelled '" + editionLabel + "'"));
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        return editions.validOn(first).orElseThrow(() -> new Conflict("no KGSt edition is valid on " + first
                + "; name one with editionLabel or enter the edition under /kgst-editions"));
    }

    @Transactional
    public CostInputs collect(int year, String editionLabel, String payGrade) {
        KgstEdition edition = edition(year, editionLabel);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<AgreementTerms> relevant = agreements.all().stream()
                .filter(AgreementTerms::hasBeenInForce)
                .filter(a -> !a.inForceFrom().isAfter(last) && (a.endedOn() == null || !a.endedOn().isBefore(first)))
                .toList();
        List<CostInputs.MemberTimeline> members = projection.all().stream()
                .filter(t -> t.costSharing().stream().anyMatch(p -> !p.validFrom().isAfter(last)
                        && (p.validUntil() == null || !p.validUntil().isBefore(first))))
                .map(CostInputsCollector::timeline).toList();
        return new CostInputs(year, edition.figures(), payGrade, relevant, members, items.termsOf(year),
                licences.all().stream().filter(g -> !g.effectiveFrom().isAfter(last)).toList(),
                new CostInputs.Issuers(config.issuers().kopfstelle(), config.issuers().operator()));
    }

    /**
     * The days the town shares costs, exactly as membership-service recorded them: its party periods plus any
     * cost-sharing clause or interim decision. A party period is not counted twice, and a period without a
     * recorded basis (e.g. history before agreements) not at all: the projection holds only what was published.
     */
    private static CostInputs.MemberTimeline timeline(MemberTown town) {
        return new CostInputs.MemberTimeline(town.ags(), town.name(), town.revision(), town.costSharing().stream()
                .sorted(Comparator.comparing(MemberTown.CostSharePeriod::validFrom))
                .map(p -> new CostInputs.Period(p.validFrom(), p.validUntil())).toList());
    }
}
