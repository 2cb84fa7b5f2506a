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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Billing parties: the master data of membership-service (read-only here: name, Leitweg-ID, invoice address,
 * contact) and costing's own bank details, which finance maintains; a town reads its own.
 */
@Path("/billing-parties")
@Tag(name = "Billing parties", description = "Issuers and recipients of invoices: master data from membership-service "
        + "(name, Leitweg-ID, invoice address, contact; read-only here) and the bank details finance keeps here")
public class BillingPartyResource {

    /** Costing's own part of a party: the bank account of an issuer. */
    public record BankDetails(@Schema(example = "DE95443500600001234567") @Size(max = 34) String iban,
            @Schema(example = "WELADED1UNN")
            @Pattern(regexp = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be a BIC of 8 or 11 characters") String bic,
            @Schema(example = "false", description = "true while the account is a placeholder (printed as such)")
            boolean illustrative,
            @Schema(example = "Fachbereich Finanzen, Kreiskasse") @Size(max = 200) String contactOffice) {
    }

    /** {@code version} is that of the bank details (the ETag); -1 while none are entered. */
    public record PartyView(@Schema(example = "05978004") String ags, @Schema(example = "Stadt Bergkamen") String name,
            String street, String postalCode, String city, @Schema(example = "05978004-0001-47") String leitwegId,
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
    @Operation(summary = "List every billing party with its bank details",
            description = "For ikz-admin, kopfstelle and finance (a town's token is refused with 403; it reads its own "
                    + "party under /billing-parties/{ags}). The district and the towns as known from membership-service, "
                    + "each with the bank details entered here (version -1 while there are none). Paged with page and "
                    + "size (X-Total-Count and Link headers).")
    public RestResponse<List<PartyView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(parties.list().stream().map(PartyView::of).toList(), uri);
    }

    @GET
    @Path("{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Read one billing party with its bank details",
            description = "For ikz-admin, kopfstelle, finance, and a town for its own AGS; another town's party answers "
                    + "404 to a town's token, as does an AGS unknown to this service. The ETag is the version of the "
                    + "bank details (\"-1\" while none are entered); send it as If-Match to change them.")
    @APIResponse(responseCode = "200", description = "The party with its bank details",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartyView.class)))
    public Response get(@Parameter(description = "The AGS of the town or of the district", example = "05978004")
            @PathParam("ags") String ags) {
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
    @Operation(summary = "Enter or replace a party's bank details",
            description = "For finance only. Sets IBAN (checked: 400 names iban when its check digits are wrong), BIC, "
                    + "contact office and whether the account is only illustrative. Name, Leitweg-ID, address and contact "
                    + "are entered in membership-service and arrive with its events: an AGS membership-service has not "
                    + "registered answers 404. With If-Match the change applies only to that version of the bank details: "
                    + "another version, or If-Match on a party without bank details, answers 412. Answers 200 with the "
                    + "party and its new ETag, also when the bank details are entered for the first time.")
    @APIResponse(responseCode = "200", description = "The party with its new bank details",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartyView.class)))
    public Response put(@Parameter(description = "The AGS of the town or of the district", example = "05978004")
            @PathParam("ags") String ags,
            @Parameter(description = "The ETag of the bank details read", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BankDetails body) {
        Params.ags("ags", ags, true);
        InvoicingParty party = parties.putBankDetails(ags, IfMatch.parse(ifMatch), body.iban(), body.bic(), body.illustrative(),
                body.contactOffice());
        return Response.ok(PartyView.of(party)).tag(IfMatch.etag(party.version())).build();
    }
}
