package de.kreisunna.ikz.costing.estimate;

import de.kreisunna.ikz.costing.costrun.CostCalculator;
import de.kreisunna.ikz.costing.costrun.CostInputs;
import de.kreisunna.ikz.costing.costrun.CostInputsCollector;
import de.kreisunna.ikz.costing.costrun.CostRunException;
import de.kreisunna.ikz.costing.costrun.CostRunResult;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.platform.domain.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a town would pay in a year if it joined on a given day: the current inputs with the town as a member
 * from that day on (open-ended), computed like a cost run but stored nowhere. Its own licences are not
 * assumed, so by-licence and direct items show only what it already holds.
 */
@ApplicationScoped
public class EstimateService {

    /**
     * {@code alreadyMember} is true when the town is a member on {@code joinOn} already; {@code memberships} are
     * its periods in the year as they stand, and the note says what the estimate therefore shows.
     */
    public record Estimate(String ags, LocalDate joinOn, int year, String editionLabel, boolean alreadyMember,
            List<CostInputs.Period> memberships, Statement statement, List<String> warnings, String note) {
    }

    private final CostInputsCollector collector;
    private final CostCalculator calculator = new CostCalculator();

    EstimateService(CostInputsCollector collector) {
        this.collector = collector;
    }

    public Estimate estimate(String ags, LocalDate joinOn, int year, String editionLabel, String payGrade) {
        CostInputs current = collector.collect(year, editionLabel, payGrade);
        CostInputs joined = withMember(current, ags, joinOn);
        List<CostInputs.Period> periods = current.members().stream().filter(m -> m.ags().equals(ags))
                .flatMap(m -> m.periods().stream()).toList();
        boolean alreadyMember = periods.stream().anyMatch(p -> !p.validFrom().isAfter(joinOn)
                && (p.validUntil() == null || !p.validUntil().isBefore(joinOn)));
        try {
            CostRunResult result = calculator.compute(joined);
            String note = alreadyMember
                    ? ags + " is already a member on " + joinOn + " (" + periods.stream().map(p -> p.validFrom() + ".."
                            + (p.validUntil() == null ? "" : p.validUntil())).toList() + "); the estimate shows its share "
                            + "as a member from " + joinOn + " on without a break, i.e. what it bears anyway."
                    : "Estimate from the current inputs; nothing is stored. Each day's cost is shared by that day's members, "
                            + "so the other towns' shares fall from " + joinOn + " on.";
            return new Estimate(ags, joinOn, year, result.editionLabel(), alreadyMember, periods,
                    Statement.of(result, ags), result.warnings(), note);
        } catch (CostRunException e) {
            throw new Conflict(e.getMessage());
        }
    }

    /** The inputs with the town a member from {@code joinOn} on; an earlier membership of it is kept up to the day before. */
    static CostInputs withMember(CostInputs in, String ags, LocalDate joinOn) {
        List<CostInputs.MemberTimeline> members = new ArrayList<>();
        List<CostInputs.Period> periods = new ArrayList<>();
        String name = ags;
        long revision = -1;
        for (CostInputs.MemberTimeline town : in.members()) {
            if (!town.ags().equals(ags)) {
                members.add(town);
                continue;
            }
            name = town.name();
            revision = town.revision();
            for (CostInputs.Period p : town.periods()) {
                if (p.validFrom().isBefore(joinOn)) {
                    LocalDate until = p.validUntil() == null || !p.validUntil().isBefore(joinOn) ? joinOn.minusDays(1) : p.validUntil();
                    periods.add(new CostInputs.Period(p.validFrom(), until));
                }
            }
        }
        periods.add(new CostInputs.Period(joinOn, null));
        members.add(new CostInputs.MemberTimeline(ags, name, revision, List.copyOf(periods)));
        return new CostInputs(in.year(), in.edition(), in.payGrade(), in.agreements(), members, in.items(), in.licences(),
                in.defaultIssuers());
    }
}
