package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.party.BillingParty;
import de.kreisunna.ikz.costing.party.BillingPartyService;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Billing parties (addresses, Leitweg-IDs, bank accounts): finance maintains them; a town reads its own. */
@Path("/billing-parties")
public class BillingPartyResource {

    public record PartyBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String street,
            @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a German postcode of 5 digits") String postcode,
            @NotBlank @Size(max = 100) String city, @Size(max = 60) String leitwegId,
            @NotBlank @Email @Size(max = 200) String email, @Size(max = 200) String contactName,
            @Size(max = 50) String phone, @Size(max = 34) String iban,
            @Pattern(regexp = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be a BIC of 8 or 11 characters") String bic,
            boolean illustrative) {
    }

    public record PartyView(String ags, String name, String street, String postcode, String city, String leitwegId,
            String email, String contactName, String phone, String iban, String bic, boolean illustrative, long version) {

        static PartyView of(BillingParty party) {
            PartyDetails p = party.details();
            return new PartyView(p.ags(), p.name(), p.street(), p.postcode(), p.city(), p.leitwegId(), p.email(),
                    p.contactName(), p.phone(), p.iban(), p.bic(), p.illustrative(), party.version());
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
    public List<PartyView> list() {
        return parties.list().stream().map(PartyView::of).toList();
    }

    @GET
    @Path("{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public Response get(@PathParam("ags") String ags) {
        caller.requireVisible(ags, "billing party " + ags);
        BillingParty party = parties.get(ags);
        return Response.ok(PartyView.of(party)).tag(String.valueOf(party.version())).build();
    }

    /** Creates or replaces a party; with If-Match only if it is still at that version. */
    @PUT
    @Path("{ags}")
    @RolesAllowed(Roles.FINANCE)
    public Response put(@PathParam("ags") String ags, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartyBody body) {
        Params.ags("ags", ags, true);
        BillingParty party = parties.put(ags, Etags.ifMatch(ifMatch), new PartyDetails(ags, body.name(), body.street(),
                body.postcode(), body.city(), body.leitwegId(), body.email(), body.contactName(), body.phone(),
                body.iban(), body.bic(), body.illustrative()));
        return Response.ok(PartyView.of(party)).tag(String.valueOf(party.version())).build();
    }
}
