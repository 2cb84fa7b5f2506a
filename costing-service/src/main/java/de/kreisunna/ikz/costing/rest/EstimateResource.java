package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.estimate.EstimateService;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a town would pay if it joined on a day; computed on request, nothing stored. */
@Path("/estimates")
@Tag(name = "Estimates", description = "What a town would pay if it joined on a day, computed from the current inputs;"
        + " nothing is stored")
public class EstimateResource {

    private final EstimateService estimates;
    private final Caller caller;

    EstimateResource(EstimateService estimates, Caller caller) {
        this.estimates = estimates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Estimate a town's costs on joining", description = "Admin, Kopfstelle and finance for any"
            + " town; a town's token only for itself (another town's AGS answers 404). Computes the year's costs from the"
            + " current inputs with the town a member from joinOn (each day's cost is shared by that day's members, so"
            + " the other towns' shares fall from then on) and answers the town's statement; a town that is already a"
            + " member then is flagged alreadyMember. Nothing is stored. 400 if ags or joinOn is missing or malformed,"
            + " or the edition label is unknown; 409 when no KGSt edition is valid in the year or the inputs cannot be"
            + " computed (e.g. a pay grade the edition lacks).")
    @APIResponse(responseCode = "200", description = "The estimate",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = EstimateService.Estimate.class)))
    @APIResponse(responseCode = "409", description = "No KGSt edition is valid, or the inputs cannot be computed")
    public EstimateService.Estimate estimate(
            @Parameter(description = "The town's AGS (required)", example = "05978016") @QueryParam("ags") String ags,
            @Parameter(description = "The day it would join (required)", example = "2026-01-01") @QueryParam("joinOn") String joinOn,
            @Parameter(description = "The cost year; default: the year of joinOn", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "The KGSt edition; default: the one valid on 1 January", example = "2022/2023")
            @QueryParam("editionLabel") String editionLabel,
            @Parameter(description = "The Kopfstelle position's pay grade; default: the cost clause's", example = "EG 10 TVöD-VKA")
            @QueryParam("payGrade") String payGrade) {
        String town = Params.ags("ags", ags, true);
        LocalDate day = Params.date("joinOn", joinOn, true);
        Integer costYear = Params.year("year", year);
        caller.requireVisible(town, "estimate for " + town);
        return estimates.estimate(town, day, costYear == null ? day.getYear() : costYear,
                editionLabel == null || editionLabel.isBlank() ? null : editionLabel,
                payGrade == null || payGrade.isBlank() ? null : payGrade);
    }
}
