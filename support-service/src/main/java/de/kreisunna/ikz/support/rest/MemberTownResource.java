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
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The member towns on a day, for integrators that submit for several towns (the PROSOZ helpdesk): AGS and
 * name only, from this service's copy of the membership timelines, so the helpdesk need not know every AGS.
 */
@Path("/member-towns")
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
    public RestResponse<List<MemberTownView>> onDay(@QueryParam("at") String at, @QueryParam("page") Integer page,
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
