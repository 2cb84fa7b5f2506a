package de.kreisunna.ikz.support.report;

import de.kreisunna.ikz.support.request.Category;
import de.kreisunna.ikz.support.request.Hours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Kopfstelle's activity in a year: per town and category the requests, the median business hours to the
 * first response and to the resolution, and how many kept their SLA; and the trainings held with attendance.
 * Pure: compiled from facts gathered by {@link ReportService}.
 */
public record ActivityReport(int year, Instant generatedAt, List<RequestRow> requests, Trainings trainings) {

    /**
     * One town and category. Medians are over the requests that got a first response / a resolution; SLA
     * compliance is the share of decided requests (finished, or breached) that kept both targets, in percent,
     * null when none is decided yet.
     */
    public record RequestRow(String ags, String town, Category category, int requests, int resolved,
            BigDecimal medianFirstResponseHours, BigDecimal medianResolutionHours, int slaMet, int slaBreached,
            BigDecimal slaCompliancePercent) {
    }

    /** Sessions of the year that took place or were cancelled, confirmed participants and those who attended. */
    public record Trainings(int held, int cancelled, int participants, int attended, List<TownAttendance> perTown) {
    }

    public record TownAttendance(String ags, String town, int participants, int attended) {
    }

    /** What one request contributes: business durations (null if not reached) and its SLA outcome. */
    public record RequestFacts(String ags, Category category, Duration firstResponse, Duration resolution,
            SlaOutcome outcome) {
    }

    public enum SlaOutcome {
        KEPT,
        BREACHED,
        /** Still open and within its targets: not counted in the compliance yet. */
        UNDECIDED
    }

    /** A session of the year: held (took place), cancelled, or still ahead; its confirmed participants. */
    public record SessionFacts(boolean held, boolean cancelled, List<ParticipantFacts> participants) {
    }

    public record ParticipantFacts(String ags, boolean attended) {
    }

    public static ActivityReport compile(int year, Instant now, List<RequestFacts> requests,
            List<SessionFacts> sessions, Function<String, String> townName) {
        Map<String, Map<Category, List<RequestFacts>>> byTown = new TreeMap<>();
        for (RequestFacts r : requests) {
            byTown.computeIfAbsent(r.ags(), k -> new TreeMap<>()).computeIfAbsent(r.category(), k -> new ArrayList<>())
                    .add(r);
        }
        List<RequestRow> rows = new ArrayList<>();
        byTown.forEach((ags, categories) -> categories.forEach((category, facts) -> {
            int kept = (int) facts.stream().filter(f -> f.outcome() == SlaOutcome.KEPT).count();
            int breached = (int) facts.stream().filter(f -> f.outcome() == SlaOutcome.BREACHED).count();
            rows.add(new RequestRow(ags, townName.apply(ags), category, facts.size(),
                    (int) facts.stream().filter(f -> f.resolution() != null).count(),
                    median(facts.stream().map(RequestFacts::firstResponse).filter(Objects::nonNull).toList()),
                    median(facts.stream().map(RequestFacts::resolution).filter(Objects::nonNull).toList()),
                    kept, breached, percent(kept, kept + breached)));
        }));

        List<SessionFacts> held = sessions.stream().filter(SessionFacts::held).toList();
        Map<String, List<ParticipantFacts>> participantsByTown = held.stream()
                .flatMap(s -> s.participants().stream())
                .collect(Collectors.groupingBy(ParticipantFacts::ags, TreeMap::new, Collectors.toList()));
        List<TownAttendance> perTown = participantsByTown.entrySet().stream()
                .map(e -> new TownAttendance(e.getKey(), townName.apply(e.getKey()), e.getValue().size(),
                        (int) e.getValue().stream().filter(ParticipantFacts::attended).count()))
                .sorted(Comparator.comparing(TownAttendance::ags))
                .toList();
        Trainings trainings = new Trainings(held.size(), (int) sessions.stream().filter(SessionFacts::cancelled).count(),
                perTown.stream().mapToInt(TownAttendance::participants).sum(),
                perTown.stream().mapToInt(TownAttendance::attended).sum(), perTown);
        return new ActivityReport(year, now, List.copyOf(rows), trainings);
    }

    /** The median in business hours (mean of the middle two for an even count); null without values. */
    static BigDecimal median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int n = sorted.size();
        Duration median = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        return Hours.of(median);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
