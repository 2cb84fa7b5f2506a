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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Finance keeps what an issuer's invoices say: the VAT treatment per issuer and year (its decision, confirmed by
 * its tax adviser) and the clause cited as legal basis per issuer and cost type. Frozen into each invoice at issuing.
 */
@Path("/issuers/{ags}")
@Tag(name = "Issuer texts", description = "What an issuer's invoices say: its VAT treatment per year and the clause"
        + " cited as legal basis per cost type, frozen into each invoice when it is issued")
public class IssuerTextsResource {

    public record VatBody(@Schema(example = "O", description = "O (not subject to VAT) or E (exempt)")
            @NotBlank @Pattern(regexp = "O|E", message = "must be O (not subject to VAT) or E (exempt)") String category,
            @Schema(example = "Nicht steuerbar: Leistung im Rahmen einer öffentlich-rechtlichen Vereinbarung nach § 2b UStG")
            @NotBlank @Size(max = 500) String note) {
    }

    public record VatView(String issuerAgs, int year, String category, String note, boolean configured) {
    }

    public record LegalTextBody(@Schema(example = "Abrechnung gemäß § 6 der öffentlich-rechtlichen Vereinbarung über die"
            + " interkommunale Zusammenarbeit im Asylbewerberleistungsrecht im Kreis Unna")
            @NotBlank @Size(max = 2000) String text) {
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
    @Operation(summary = "Read an issuer's VAT treatment", description = "Admin, Kopfstelle and finance. The VAT"
            + " category and note for the issuer's invoices of the year; configured is false while the cooperation's"
            + " default applies. 400 for a malformed AGS or year.")
    public VatView vat(@Parameter(description = "The issuer's AGS", example = "05978024") @PathParam("ags") String ags,
            @Parameter(description = "The cost year", example = "2025") @PathParam("year") String year) {
        String issuer = Params.ags("ags", ags, true);
        int y = year(year);
        var configured = texts.configuredVat(issuer, y);
        VatTreatment vat = configured.orElse(VatTreatment.DEFAULT);
        return new VatView(issuer, y, vat.category(), vat.note(), configured.isPresent());
    }

    @PUT
    @Path("vat/{year}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Set an issuer's VAT treatment", description = "Finance only. Creates or replaces the"
            + " issuer's VAT treatment for the year (its decision, confirmed by its tax adviser): category O (not subject"
            + " to VAT) or E (exempt) and the note printed on the invoice. Invoices issued before keep the treatment"
            + " frozen into them. 400 for a malformed AGS or year, another category, or a note missing or longer than"
            + " 500 characters.")
    public VatView putVat(@Parameter(description = "The issuer's AGS", example = "05978024") @PathParam("ags") String ags,
            @Parameter(description = "The cost year", example = "2025") @PathParam("year") String year,
            @Valid @NotNull VatBody body) {
        String issuer = Params.ags("ags", ags, true);
        int y = year(year);
        VatTreatment vat = texts.putVat(issuer, y, new VatTreatment(body.category(), body.note()));
        return new VatView(issuer, y, vat.category(), vat.note(), true);
    }

    @GET
    @Path("legal-texts/{costType}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "Read an issuer's legal text", description = "Admin, Kopfstelle and finance. The clause the"
            + " issuer's invoices of the cost type cite as legal basis: its own, else the cooperation's default. 400 for"
            + " a malformed AGS or a cost type other than KOPFSTELLE or PASS_THROUGH.")
    public LegalTextView legalText(@Parameter(description = "The issuer's AGS", example = "05978024") @PathParam("ags") String ags,
            @Parameter(description = "KOPFSTELLE or PASS_THROUGH", example = "KOPFSTELLE") @PathParam("costType") String costType) {
        String issuer = Params.ags("ags", ags, true);
        CostType type = costType(costType);
        return new LegalTextView(issuer, type, texts.legalText(issuer, type));
    }

    @PUT
    @Path("legal-texts/{costType}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Set an issuer's legal text", description = "Finance only. Creates or replaces the clause"
            + " the issuer's invoices of the cost type cite as legal basis (1 to 2000 characters); invoices issued before"
            + " keep the text frozen into them. 400 for a malformed AGS, an unknown cost type or an empty or too long"
            + " text.")
    public LegalTextView putLegalText(@Parameter(description = "The issuer's AGS", example = "05978024") @PathParam("ags") String ags,
            @Parameter(description = "KOPFSTELLE or PASS_THROUGH", example = "KOPFSTELLE") @PathParam("costType") String costType,
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
