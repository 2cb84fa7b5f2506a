package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.invoice.Invoice;
import de.kreisunna.ikz.costing.invoice.InvoiceStatus;
import de.kreisunna.ikz.costing.invoice.IssuerTexts;
import de.kreisunna.ikz.costing.party.BillingPartyService;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.platform.domain.Conflict;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders invoices. An issued invoice's documents are made on request from the invoice as frozen at issuing, so
 * they show the same content every time: a PDF/A-3 with its XRechnung embedded (ZUGFeRD/Factur-X, profile
 * XRECHNUNG) and the XRechnung alone. A draft can be previewed as a PDF watermarked "ENTWURF" (not an e-invoice:
 * it has no number yet).
 */
@ApplicationScoped
public class InvoiceDocuments {

    private final InvoicePdf pdf;
    private final XRechnungWriter xrechnung;
    private final BillingPartyService parties;
    private final IssuerTexts texts;

    InvoiceDocuments(InvoicePdf pdf, XRechnungWriter xrechnung, BillingPartyService parties, IssuerTexts texts) {
        this.pdf = pdf;
        this.xrechnung = xrechnung;
        this.parties = parties;
        this.texts = texts;
    }

    public byte[] pdf(Invoice invoice) {
        InvoiceDocument doc = document(invoice);
        if (doc.draft()) {
            return pdf.render(doc);
        }
        return xrechnung.embed(pdf.render(doc), xrechnung.write(doc), doc);
    }

    public byte[] xrechnung(Invoice invoice) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw new Conflict("invoice " + invoice.id() + " is a draft; its XRechnung exists once it is issued "
                    + "(its PDF can be previewed)");
        }
        return xrechnung.write(document(invoice));
    }

    public InvoiceDocument document(Invoice invoice) {
        boolean draft = invoice.status() == InvoiceStatus.DRAFT;
        PartyDetails issuer = draft ? current(invoice.issuerAgs(), invoice.issuerAgs()) : invoice.issuer();
        PartyDetails recipient = draft ? current(invoice.recipientAgs(), invoice.recipientName()) : invoice.recipient();
        return new InvoiceDocument(draft, invoice.number(), invoice.isCreditNote(), invoice.correctsNumber(),
                invoice.correctsIssueDate(), invoice.creditReason(), invoice.costType(), invoice.costYear(),
                invoice.issueDate(), invoice.dueDate(), invoice.servicePeriod(), issuer, recipient, invoice.lines(),
                invoice.total(), invoice.statement(),
                draft ? texts.vat(invoice.issuerAgs(), invoice.costYear()) : invoice.vat(),
                draft ? texts.legalText(invoice.issuerAgs(), invoice.costType()) : invoice.legalText());
    }

    private PartyDetails current(String ags, String name) {
        return parties.find(ags).map(p -> p.details()).orElse(new PartyDetails(ags, name, null, null, null, null, null,
                null, null, null, null, false, null));
    }
}
