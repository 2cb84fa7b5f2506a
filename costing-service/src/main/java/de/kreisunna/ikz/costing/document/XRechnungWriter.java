package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.invoice.InvoiceLine;
import de.kreisunna.ikz.costing.party.PartyDetails;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.IZUGFeRDTradeSettlement;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;

/**
 * Writes an invoice as XRechnung 3.0 in CII syntax with Mustang's pull provider (Mustang's XRExporter is broken
 * in 2.25.0), and embeds it into the PDF/A-3 (ZUGFeRD/Factur-X, profile XRECHNUNG). The VAT category and note are
 * the issuer's treatment of the year; with category O no VAT ids may appear (BR-O-2), so the seller is identified
 * by its AGS (BT-29). BT-10 is the Leitweg-ID, BT-73/BT-74 the service period. A credit note (381) names the
 * invoice it reverses (BT-25/BT-26) and requests no payment: no due date, no bank account, no payment reference;
 * payment means "1" (not defined) and, since EN 16931 (BR-CO-25) wants terms for a positive amount, a note that
 * nothing is to be paid.
 */
@ApplicationScoped
public class XRechnungWriter {

    static final String PROFILE = "XRECHNUNG";

    public byte[] write(InvoiceDocument doc) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName(PROFILE));
        provider.generateXML(transaction(doc));
        return provider.getXML();
    }

    /** The PDF/A-3 rendering with the XRechnung embedded as factur-x.xml. */
    public byte[] embed(byte[] pdfA, byte[] xml, InvoiceDocument doc) {
        try (ZUGFeRDExporterFromPDFA exporter = new ZUGFeRDExporterFromPDFA();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            IZUGFeRDExporter ze = exporter.load(pdfA);
            ze.setProducer(InvoicePdf.PRODUCER);
            ze.setCreator(doc.issuer().name());
            ze.setProfile(Profiles.getByName(PROFILE));
            ze.setXML(xml);
            ze.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the XRechnung could not be embedded into the PDF of " + doc.number(), e);
        }
    }

    Invoice transaction(InvoiceDocument doc) {
        Invoice invoice = doc.creditNote() ? new CreditNoteWithoutPayment() : new Invoice();
        invoice.setNumber(doc.number())
                .setIssueDate(date(doc.issueDate()))
                .setDeliveryDate(date(doc.servicePeriod().until()))
                .setDetailedDeliveryPeriod(date(doc.servicePeriod().from()), date(doc.servicePeriod().until()))
                .setSender(seller(doc.issuer(), !doc.creditNote()))
                .setRecipient(buyer(doc.recipient()))
                .setReferenceNumber(doc.recipient().leitwegId())
                .setCurrency("EUR")
                .addNote(doc.vat().note())
                .addNote("Rechtsgrundlage: " + doc.legalBasis())
                .addNote(GermanFormat.ROUNDING_RULE)
                .addNote(InvoiceTexts.contact(doc.issuer()));
        if (doc.creditNote()) {
            invoice.setCreditNote();
            invoice.setInvoiceReferencedDocumentID(doc.correctsNumber());
            if (doc.correctsIssueDate() != null) {
                invoice.setInvoiceReferencedIssueDate(date(doc.correctsIssueDate()));
            }
            invoice.addNote(InvoiceTexts.creditNote(doc) + " " + InvoiceTexts.creditReason(doc.creditReason()));
            invoice.setPaymentTermDescription(InvoiceTexts.NO_PAYMENT);
        } else {
            invoice.setDueDate(date(doc.dueDate()))
                    .setPaymentTermDescription(InvoiceTexts.paymentTerms(doc))
                    .setPaymentReference(doc.number());
        }
        if (doc.firstAgreementId() != null) {
            invoice.setContractReferencedDocument(new ReferencedDocument(doc.firstAgreementId()));
        }
        for (InvoiceLine line : doc.lines()) {
            Product product = new Product(line.description(), line.detail(), "C62", BigDecimal.ZERO)
                    .setTaxCategoryCode(doc.vat().category())
                    .setTaxExemptionReason(doc.vat().note());
            if (doc.vat().exemptionReasonCode() != null) {
                product.setTaxExemptionReasonCode(doc.vat().exemptionReasonCode());
            }
            invoice.addItem(new Item(product, line.amount().amount(), BigDecimal.ONE));
        }
        return invoice;
    }

    private static TradeParty seller(PartyDetails p, boolean withBankAccount) {
        TradeParty seller = new TradeParty(p.name(), p.street(), p.postalCode(), p.city(), "DE")
                .setEmail(p.email())
                .setID(p.ags())
                .setContact(new Contact(p.contactName() == null ? p.name() : p.contactName(), p.phone(), p.email()));
        return withBankAccount ? seller.addBankDetails(new BankDetails(p.iban(), p.bic()).setAccountName(p.name())) : seller;
    }

    private static TradeParty buyer(PartyDetails p) {
        return new TradeParty(p.name(), p.street(), p.postalCode(), p.city(), "DE").setEmail(p.email()).setID(p.ags());
    }

    /** Noon UTC, so the day is the same in every time zone Mustang might format it in. */
    private static Date date(LocalDate day) {
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** A credit note's payment instructions (BG-16, required by BR-DE-1): code 1, no account, nothing to pay to. */
    private static final class CreditNoteWithoutPayment extends Invoice {

        @Override
        public IZUGFeRDTradeSettlement[] getTradeSettlement() {
            return new IZUGFeRDTradeSettlement[] {new IZUGFeRDTradeSettlement() {
                @Override
                public String getSettlementXML(Profile profile) {
                    return "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>1</ram:TypeCode>"
                            + "</ram:SpecifiedTradeSettlementPaymentMeans>";
                }

                @Override
                public String getPaymentXML() {
                    return "";
                }
            }};
        }
    }
}
