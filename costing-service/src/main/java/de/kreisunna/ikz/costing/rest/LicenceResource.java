package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.licence.LicenceGrant;
import de.kreisunna.ikz.costing.licence.LicenceLedger;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.time.CooperationCalendar;
import de.kreisunna.ikz.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The licence grants consumed from the support service, and a town's count on a day. */
@Path("/licences")
@Tag(name = "Licences", description = "The licence grants consumed from support-service and a town's licence count on a"
        + " day, which the BY_LICENCES and DIRECT cost items charge")
public class LicenceResource {

    public record LicenceView(String ags, String product, LocalDate on, long count, List<LicenceGrant> grants) {
    }

    private final LicenceLedger licences;
    private final Caller caller;
    private final CooperationCalendar calendar;

    LicenceResource(LicenceLedger licences, Caller caller, CooperationCalendar calendar) {
        this.licences = licences;
        this.caller = caller;
        this.calendar = calendar;
    }

    /** All grants (staff), or with {@code ?ags=} one town's grants and its count on {@code ?on=} (default: today). */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "List the licence grants per town", description = "Admin, Kopfstelle and finance see every"
            + " town's grants, or one town's with ags; a town's token always gets only its own (ags is ignored). One"
            + " entry per town with its grants and its licence count on the day on (default: today), of product if"
            + " given. Paged with page and size. 400 for a malformed AGS or date, or an unknown parameter.")
    public RestResponse<List<LicenceView>> list(
            @Parameter(description = "Only this town (staff)", example = "05978024") @QueryParam("ags") String ags,
            @Parameter(description = "Only grants of this product", example = "OPEN/PROSOZ") @QueryParam("product") String product,
            @Parameter(description = "The day to count on; default: today", example = "2025-06-30") @QueryParam("on") String on,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "ags", "product", "on");
        String town = caller.isTownScoped() ? caller.requiredTown() : Params.ags("ags", ags, false);
        LocalDate day = Params.date("on", on, false);
        LocalDate at = day == null ? calendar.today() : day;
        List<LicenceGrant> all = licences.all().stream()
                .filter(g -> town == null || g.ags().equals(town))
                .filter(g -> product == null || g.product().equals(product)).toList();
        return paging.respond(all.stream().map(LicenceGrant::ags).distinct().map(a -> {
            List<LicenceGrant> own = all.stream().filter(g -> g.ags().equals(a)).toList();
            return new LicenceView(a, product, at, LicenceLedger.count(own, a, product, at), own);
        }).toList(), uri);
    }
}
