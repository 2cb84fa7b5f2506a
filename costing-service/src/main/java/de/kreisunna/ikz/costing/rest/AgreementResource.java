package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.agreement.AgreementStore;
import de.kreisunna.ikz.costing.agreement.AgreementTerms;
import de.kreisunna.ikz.platform.paging.Paging;
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

/** This service's copy of the agreements (as consumed), to see which cost clause a run will use. */
@Path("/agreements")
@Tag(name = "Agreements", description = "This service's copy of the agreements of membership-service, as consumed from "
        + "its AgreementChanged events: the cost clause a cost run applies on each day")
public class AgreementResource {

    private final AgreementStore agreements;

    AgreementResource(AgreementStore agreements) {
        this.agreements = agreements;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "List the consumed agreements with their cost clauses",
            description = "For ikz-admin, kopfstelle and finance (a town's token is refused with 403). Every agreement "
                    + "as this service last consumed it from membership-service (with the revision), so that staff can see "
                    + "which cost clause a cost run will use; read-only here, agreements are changed in membership-service. "
                    + "Paged with page and size (X-Total-Count and Link headers); an unknown parameter answers 400.")
    public RestResponse<List<AgreementTerms>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(agreements.all(), uri);
    }
}
