package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.invoice.InvoiceLine;
import de.kreisunna.ikz.costing.party.PartyDetails;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;

/**
 * Writes an invoice as XRechnung 3.0 in CII syntax with Mustang's pull provider (Mustang's XRExporter is broken
 * in 2.25.0). VAT category O ("not subject to VAT", VATEX-EU-O) with the § 2b UStG reason: no VAT ids may appear
 * (BR-O-2), so the seller is identified by its AGS (BT-29). The buyer reference (BT-10) is the Leitweg-ID.
 */
@ApplicationScoped
public class XRechnungWriter {

    public byte[] write(InvoiceDocument doc) {
        Invoice invoice = new Invoice()
                .setNumber(doc.number())
                .setIssueDate(date(doc.issueDate()))
                .setDueDate(date(doc.dueDate()))
                .setDeliveryDate(date(LocalDate.of(doc.costYear(), 12, 31)))
                .setDetailedDeliveryPeriod(date(LocalDate.of(doc.costYear(), 1, 1)), date(LocalDate.of(doc.costYear(), 12, 31)))
                .setSender(seller(doc.issuer()))
                .setRecipient(buyer(doc.recipient()))
                .setReferenceNumber(doc.recipient().leitwegId())
                .setCurrency("EUR")
                .setPaymentTermDescription("Zahlbar ohne Abzug bis " + GermanFormat.date(doc.dueDate())
                        + " unter Angabe der Rechnungsnummer " + doc.number() + ".")
                .setPaymentReference(doc.number())
                .addNote(InvoiceDocument.VAT_NOTE)
                .addNote("Rechtsgrundlage: " + doc.legalBasis());
        if (doc.firstAgreementId() != null) {
            invoice.setContractReferencedDocument(new ReferencedDocument(doc.firstAgreementId()));
        }
        if (doc.creditNote()) {
            invoice.setCreditNote();
            invoice.setInvoiceReferencedDocumentID(doc.correctsNumber());
            if (doc.correctsIssueDate() != null) {
                invoice.setInvoiceReferencedIssueDate(date(doc.correctsIssueDate()));
            }
        }
        for (InvoiceLine line : doc.lines()) {
            Product product = new Product(line.description(), line.detail(), "C62", BigDecimal.ZERO)
                    .setTaxCategoryCode("O")
                    .setTaxExemptionReason("Nicht steuerbar gemäß § 2b Abs. 3 Nr. 2 UStG")
                    .setTaxExemptionReasonCode("VATEX-EU-O");
            invoice.addItem(new Item(product, line.amount().amount(), BigDecimal.ONE));
        }
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("XRECHNUNG"));
        provider.generateXML(invoice);
        return provider.getXML();
    }

    private static TradeParty seller(PartyDetails p) {
        return new TradeParty(p.name(), p.street(), p.postcode(), p.city(), "DE")
                .setEmail(p.email())
                .setID(p.ags())
                .setContact(new Contact(p.contactName() == null ? p.name() : p.contactName(), p.phone(), p.email()))
                .addBankDetails(new BankDetails(p.iban(), p.bic()).setAccountName(p.name()));
    }

    private static TradeParty buyer(PartyDetails p) {
        return new TradeParty(p.name(), p.street(), p.postcode(), p.city(), "DE").setEmail(p.email()).setID(p.ags());
    }

    /** Noon UTC, so the day is the same in every time zone Mustang might format it in. */
    private static Date date(LocalDate day) {
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
