package de.kreisunna.ikz.membership.rest;

import de.kreisunna.ikz.membership.chronology.ChronologyEntry;
import de.kreisunna.ikz.membership.chronology.ChronologyService;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/chronology")
@Tag(name = "Chronology", description = "The history of the cooperation, by date")
public class ChronologyResource {

    private final ChronologyService chronology;
    private final Caller caller;

    ChronologyResource(ChronologyService chronology, Caller caller) {
        this.chronology = chronology;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Resolutions, conclusions, entries into force, supersessions, terminations, accessions, go-lives, notices and leavings by date (?ags= for one town)")
    public RestResponse<List<ChronologyEntry>> chronology(@QueryParam("ags") String ags, @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "ags");
        return paging.respond(chronology.chronology(ags, caller), uri);
    }
}
