package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.agreement.AgreementStore;
import de.kreisunna.ikz.costing.agreement.AgreementTerms;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** This service's copy of the agreements (as consumed), to see which cost clause a run will use. */
@Path("/agreements")
public class AgreementResource {

    private final AgreementStore agreements;

    AgreementResource(AgreementStore agreements) {
        this.agreements = agreements;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public List<AgreementTerms> list() {
        return agreements.all();
    }
}
