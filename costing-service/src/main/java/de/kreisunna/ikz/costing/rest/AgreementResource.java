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
import org.jboss.resteasy.reactive.RestResponse;

/** This service's copy of the agreements (as consumed), to see which cost clause a run will use. */
@Path("/agreements")
public class AgreementResource {

    private final AgreementStore agreements;

    AgreementResource(AgreementStore agreements) {
        this.agreements = agreements;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public RestResponse<List<AgreementTerms>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(agreements.all(), uri);
    }
}
