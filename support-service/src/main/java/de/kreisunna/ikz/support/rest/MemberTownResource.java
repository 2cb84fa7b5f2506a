package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.membership.projection.MembershipProjection;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.support.request.SlaPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The member towns on a day, for integrators that submit for several towns (the PROSOZ helpdesk): AGS and
 * name only, from this service's copy of the membership timelines, so the helpdesk need not know every AGS.
 */
@Path("/member-towns")
@Tag(name = "Member towns",
        description = "The towns that are members of the cooperation on a day, by AGS and name, for integrators "
        + "that submit for several towns (the PROSOZ helpdesk)")
public class MemberTownResource {

    public record MemberTownView(String ags, String name) {
    }

    private final MembershipProjection members;
    private final SlaPolicy policy;
    private final Clock clock;

    MemberTownResource(MembershipProjection members, SlaPolicy policy, Clock clock) {
        this.members = members;
        this.policy = policy;
        this.clock = clock;
    }

    /** The towns that are members on {@code at} (default: today in the Kopfstelle's time zone), by AGS. */
    @GET
    @RolesAllowed({Roles.HELPDESK, Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "List the member towns on a day",
            description = "Roles helpdesk, kopfstelle, ikz-admin. The towns that are members of the cooperation on "
                    + "at (default: today in the Kopfstelle's time zone), by AGS, with AGS and name only, from this "
                    + "service's copy of the membership timelines; paged with page and size. A malformed date is "
                    + "400.")
    public RestResponse<List<MemberTownView>> onDay(
            @Parameter(description = "The day (default: today)", example = "2026-03-02") @QueryParam("at") String at,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "at");
        LocalDate day;
        try {
            day = at == null ? policy.calendar().dayOf(clock.instant()) : LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("at", "must be a date like 2026-03-02");
        }
        return paging.respond(members.membersOn(day).stream().map(t -> new MemberTownView(t.ags(), t.name()))
                .sorted(Comparator.comparing(MemberTownView::ags)).toList(), uri);
    }
}
