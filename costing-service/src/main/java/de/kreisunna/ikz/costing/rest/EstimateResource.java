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

/** What a town would pay if it joined on a day; computed on request, nothing stored. */
@Path("/estimates")
public class EstimateResource {

    private final EstimateService estimates;
    private final Caller caller;

    EstimateResource(EstimateService estimates, Caller caller) {
        this.estimates = estimates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public EstimateService.Estimate estimate(@QueryParam("ags") String ags, @QueryParam("joinOn") String joinOn,
            @QueryParam("year") String year, @QueryParam("editionLabel") String editionLabel,
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
