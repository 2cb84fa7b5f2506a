package de.kreisunna.ikz.support.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The activity report as one CSV table (RFC 4180, comma, decimal point, UTF-8) for spreadsheets: a
 * {@code requests} row per town and category, a {@code trainings} row per town, and a {@code trainings} total
 * row without town that carries the number of sessions held.
 */
public final class ActivityReportCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("section", "year", "ags", "town", "category", "requests", "resolved",
            "median_first_response_hours", "median_resolution_hours", "sla_met", "sla_breached",
            "sla_compliance_percent", "trainings_held", "participants", "attended");

    private ActivityReportCsv() {
    }

    public static String write(ActivityReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER.stream());
        for (ActivityReport.RequestRow r : report.requests()) {
            line(csv, Stream.of("requests", report.year(), r.ags(), r.town(), r.category(), r.requests(), r.resolved(),
                    r.medianFirstResponseHours(), r.medianResolutionHours(), r.slaMet(), r.slaBreached(),
                    r.slaCompliancePercent(), null, null, null));
        }
        for (ActivityReport.TownAttendance t : report.trainings().perTown()) {
            line(csv, Stream.of("trainings", report.year(), t.ags(), t.town(), null, null, null, null, null, null, null,
                    null, null, t.participants(), t.attended()));
        }
        ActivityReport.Trainings all = report.trainings();
        line(csv, Stream.of("trainings", report.year(), null, null, null, null, null, null, null, null, null, null,
                all.held(), all.participants(), all.attended()));
        return csv.toString();
    }

    private static void line(StringBuilder csv, Stream<?> cells) {
        csv.append(cells.map(c -> c == null ? "" : escape(Objects.toString(c))).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    private static String escape(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
