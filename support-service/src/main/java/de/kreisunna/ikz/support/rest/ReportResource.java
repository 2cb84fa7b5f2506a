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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The yearly activity report of the Kopfstelle, as JSON or (Accept: text/csv, or ?format=csv) as CSV. */
@Path("/reports")
@Tag(name = "Reports",
        description = "The Kopfstelle's yearly activity report on support requests and trainings, per town, as JSON or CSV")
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
    @Operation(summary = "Compile the yearly activity report",
            description = "Roles kopfstelle, ikz-admin, finance. Per town and category the requests submitted in the "
                    + "year, how many were resolved, the median business hours to first response and to resolution, "
                    + "how many kept or breached their SLA targets; and the trainings held, cancelled and attended, "
                    + "per town. As JSON, or as CSV (a download activity-<year>.csv) with format=csv or Accept: "
                    + "text/csv; format wins over Accept. A missing year or one outside 2000 to 2100 is 400, as is "
                    + "a format other than json or csv.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response activity(
            @Parameter(description = "The calendar year, 2000 to 2100", required = true, example = "2026")
            @QueryParam("year") String year,
            @Parameter(description = "json (default) or csv; overrides Accept", example = "csv")
            @QueryParam("format") String format,
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
