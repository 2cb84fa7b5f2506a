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
import org.jboss.resteasy.reactive.RestResponse;

/** The licence grants consumed from the support service, and a town's count on a day. */
@Path("/licences")
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
    public RestResponse<List<LicenceView>> list(@QueryParam("ags") String ags, @QueryParam("product") String product,
            @QueryParam("on") String on, @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
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
