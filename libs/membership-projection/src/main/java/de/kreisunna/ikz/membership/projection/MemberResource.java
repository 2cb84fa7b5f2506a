package de.kreisunna.ikz.membership.projection;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Shows this service's copy of the membership timelines (what it consumed, with the revision). */
@Path("/members")
@Tag(name = "Members", description = "This service's copy of the membership timelines and cost-sharing days, as consumed"
        + " from membership-service's events (with the revision)")
public class MemberResource {

    public record MemberView(String ags, String name, long revision, List<MemberTown.Period> memberships,
            List<MemberTown.CostSharePeriod> costSharing) {

        static MemberView of(MemberTown town) {
            return new MemberView(town.ags(), town.name(), town.revision(), town.periods(), town.costSharing());
        }
    }

    private final MembershipProjection projection;
    private final Caller caller;

    MemberResource(MembershipProjection projection, Caller caller) {
        this.projection = projection;
        this.caller = caller;
    }

    /** All towns known to this service, or with {@code ?at=2021-06-30} those that are members on that day. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "List the towns this service knows", description = "Admin, Kopfstelle and finance see every"
            + " town this service has consumed; a town's token sees only itself. With at, only the towns that are"
            + " members on that day. Read-only: memberships are maintained in membership-service and arrive by event."
            + " Paged with page and size. 400 for a malformed date or an unknown parameter.")
    public RestResponse<List<MemberView>> list(
            @Parameter(description = "Only the members on this day", example = "2025-06-30") @QueryParam("at") String at,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "at");
        List<MemberTown> towns = at == null ? projection.all() : projection.membersOn(day(at));
        return paging.respond(towns.stream()
                .filter(t -> !caller.isTownScoped() || t.ags().equals(caller.requiredTown()))
                .map(MemberView::of).toList(), uri);
    }

    @GET
    @Path("{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Read one town's membership timeline", description = "Admin, Kopfstelle and finance read"
            + " any town; a town's token only itself. Its membership periods and cost-sharing periods as this service"
            + " consumed them, with the revision of the last event. 404 for a town this service has not received, or"
            + " another town (not revealed to a town's caller).")
    public MemberView get(@Parameter(description = "The town's AGS", example = "05978028") @PathParam("ags") String ags) {
        caller.requireVisible(ags, "member " + ags);
        return projection.find(ags).map(MemberView::of).orElseThrow(() -> new NotFound("member " + ags));
    }

    private static LocalDate day(String at) {
        try {
            return LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("at", "must be a date like 2021-06-30");
        }
    }
}
