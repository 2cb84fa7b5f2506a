package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.support.report.ActivityReport;
import de.kreisunna.ikz.support.report.ActivityReportCsv;
import de.kreisunna.ikz.support.report.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The yearly activity report of the Kopfstelle, as JSON or (Accept: text/csv, or ?format=csv) as CSV. */
@Path("/reports")
public class ReportResource {

    private static final MediaType CSV = MediaType.valueOf(ActivityReportCsv.MEDIA_TYPE);

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("activity")
    @Produces({MediaType.APPLICATION_JSON, ActivityReportCsv.MEDIA_TYPE})
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.FINANCE})
    public Response activity(@QueryParam("year") String year, @QueryParam("format") String format,
            HttpHeaders headers) {
        ActivityReport report = reports.activity(year(year));
        if (wantsCsv(format, headers)) {
            return Response.ok(ActivityReportCsv.write(report), CSV.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"activity-" + report.year() + ".csv\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static int year(String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.trim());
            if (value >= 2000 && value <= 2100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below together with out-of-range values
        }
        throw new InvalidInput("year", "required: a year like 2026");
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidInput("format", "must be json or csv");
            };
        }
        return headers.getAcceptableMediaTypes().stream()
                .filter(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) || t.isCompatible(CSV))
                .findFirst().map(t -> !t.isWildcardType() && t.isCompatible(CSV)).orElse(false);
    }
}
