package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.invoice.CostType;
import de.kreisunna.ikz.costing.invoice.IssuerTexts;
import de.kreisunna.ikz.costing.invoice.VatTreatment;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Finance keeps what an issuer's invoices say: the VAT treatment per issuer and year (its decision, confirmed by
 * its tax adviser) and the clause cited as legal basis per issuer and cost type. Frozen into each invoice at issuing.
 */
@Path("/issuers/{ags}")
public class IssuerTextsResource {

    public record VatBody(@NotBlank @Pattern(regexp = "O|E", message = "must be O (not subject to VAT) or E (exempt)") String category,
            @NotBlank @Size(max = 500) String note) {
    }

    public record VatView(String issuerAgs, int year, String category, String note, boolean configured) {
    }

    public record LegalTextBody(@NotBlank @Size(max = 2000) String text) {
    }

    public record LegalTextView(String issuerAgs, CostType costType, String text) {
    }

    private final IssuerTexts texts;

    IssuerTextsResource(IssuerTexts texts) {
        this.texts = texts;
    }

    @GET
    @Path("vat/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public VatView vat(@PathParam("ags") String ags, @PathParam("year") String year) {
        String issuer = Params.ags("ags", ags, true);
        int y = year(year);
        var configured = texts.configuredVat(issuer, y);
        VatTreatment vat = configured.orElse(VatTreatment.DEFAULT);
        return new VatView(issuer, y, vat.category(), vat.note(), configured.isPresent());
    }

    @PUT
    @Path("vat/{year}")
    @RolesAllowed(Roles.FINANCE)
    public VatView putVat(@PathParam("ags") String ags, @PathParam("year") String year, @Valid @NotNull VatBody body) {
        String issuer = Params.ags("ags", ags, true);
        int y = year(year);
        VatTreatment vat = texts.putVat(issuer, y, new VatTreatment(body.category(), body.note()));
        return new VatView(issuer, y, vat.category(), vat.note(), true);
    }

    @GET
    @Path("legal-texts/{costType}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public LegalTextView legalText(@PathParam("ags") String ags, @PathParam("costType") String costType) {
        String issuer = Params.ags("ags", ags, true);
        CostType type = costType(costType);
        return new LegalTextView(issuer, type, texts.legalText(issuer, type));
    }

    @PUT
    @Path("legal-texts/{costType}")
    @RolesAllowed(Roles.FINANCE)
    public LegalTextView putLegalText(@PathParam("ags") String ags, @PathParam("costType") String costType,
            @Valid @NotNull LegalTextBody body) {
        String issuer = Params.ags("ags", ags, true);
        CostType type = costType(costType);
        return new LegalTextView(issuer, type, texts.putLegalText(issuer, type, body.text()));
    }

    private static int year(String year) {
        Integer y = Params.year("year", year);
        if (y == null) {
            throw new InvalidInput("year", "is required (a year like 2022)");
        }
        return y;
    }

    private static CostType costType(String value) {
        try {
            return CostType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("costType", "must be KOPFSTELLE or PASS_THROUGH");
        }
    }
}
