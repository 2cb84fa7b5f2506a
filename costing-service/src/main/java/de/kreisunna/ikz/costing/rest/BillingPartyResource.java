package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.party.BillingPartyService;
import de.kreisunna.ikz.costing.party.InvoicingParty;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.IfMatch;
import de.kreisunna.ikz.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Billing parties: the master data of membership-service (read-only here: name, Leitweg-ID, invoice address,
 * contact) and costing's own bank details, which finance maintains; a town reads its own.
 */
@Path("/billing-parties")
public class BillingPartyResource {

    /** Costing's own part of a party: the bank account of an issuer. */
    public record BankDetails(@Size(max = 34) String iban,
            @Pattern(regexp = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be a BIC of 8 or 11 characters") String bic,
            boolean illustrative, @Size(max = 200) String contactOffice) {
    }

    /** {@code version} is that of the bank details (the ETag); -1 while none are entered. */
    public record PartyView(String ags, String name, String street, String postalCode, String city, String leitwegId,
            String email, String contactName, String phone, String iban, String bic, boolean illustrative, String contactOffice,
            long version) {

        static PartyView of(InvoicingParty party) {
            PartyDetails p = party.details();
            return new PartyView(p.ags(), p.name(), p.street(), p.postalCode(), p.city(), p.leitwegId(), p.email(),
                    p.contactName(), p.phone(), p.iban(), p.bic(), p.illustrative(), p.contactOffice(), party.version());
        }
    }

    private final BillingPartyService parties;
    private final Caller caller;

    BillingPartyResource(BillingPartyService parties, Caller caller) {
        this.parties = parties;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public RestResponse<List<PartyView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(parties.list().stream().map(PartyView::of).toList(), uri);
    }

    @GET
    @Path("{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public Response get(@PathParam("ags") String ags) {
        caller.requireVisible(ags, "billing party " + ags);
        InvoicingParty party = parties.get(ags);
        return Response.ok(PartyView.of(party)).tag(IfMatch.etag(party.version())).build();
    }

    /**
     * Creates or replaces a party's bank details; with If-Match only if they are still at that version. Name,
     * Leitweg-ID, address and contact are entered once, in membership-service, and arrive with its events.
     */
    @PUT
    @Path("{ags}")
    @RolesAllowed(Roles.FINANCE)
    public Response put(@PathParam("ags") String ags, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BankDetails body) {
        Params.ags("ags", ags, true);
        InvoicingParty party = parties.putBankDetails(ags, IfMatch.parse(ifMatch), body.iban(), body.bic(), body.illustrative(),
                body.contactOffice());
        return Response.ok(PartyView.of(party)).tag(IfMatch.etag(party.version())).build();
    }
}
