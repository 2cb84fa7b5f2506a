package de.kreisunna.ikz.costing.document;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.invoice.Invoice;
import de.kreisunna.ikz.costing.invoice.InvoiceLine;
import de.kreisunna.ikz.costing.invoice.InvoiceService;
import de.kreisunna.ikz.costing.invoice.InvoiceStatus;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders issued invoices. Both documents are made on request from the invoice as frozen at issuing (lines,
 * statement, both parties, number and dates), so they show the same content every time.
 */
@ApplicationScoped
public class InvoiceDocuments {

    private final InvoiceService invoices;
    private final InvoicePdf pdf;
    private final XRechnungWriter xrechnung;
    private final ObjectMapper json;

    InvoiceDocuments(InvoiceService invoices, InvoicePdf pdf, XRechnungWriter xrechnung, ObjectMapper json) {
        this.invoices = invoices;
        this.pdf = pdf;
        this.xrechnung = xrechnung;
        this.json = json;
    }

    public byte[] pdf(Invoice invoice) {
        return pdf.render(document(invoice));
    }

    public byte[] xrechnung(Invoice invoice) {
        return xrechnung.write(document(invoice));
    }

    public InvoiceDocument document(Invoice invoice) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw Problem.conflict("invoice " + invoice.id() + " is a draft; documents exist once it is issued");
        }
        try {
            List<InvoiceLine> lines = json.readValue(invoice.linesJson(), new TypeReference<List<InvoiceLine>>() { });
            LocalDate correctsIssueDate = null;
            if (invoice.correctsNumber() != null) {
                correctsIssueDate = invoices.list(new InvoiceService.Filter(invoice.costYear(), invoice.recipientAgs(), null, null))
                        .stream().filter(i -> invoice.correctsNumber().equals(i.number())).findFirst()
                        .map(Invoice::issueDate).orElse(null);
            }
            return new InvoiceDocument(invoice.number(), Invoice.CREDIT_NOTE.equals(invoice.kind()),
                    invoice.correctsNumber(), correctsIssueDate, invoice.costType(), invoice.costYear(),
                    invoice.issueDate(), invoice.dueDate(), json.readValue(invoice.issuerJson(), PartyDetails.class),
                    json.readValue(invoice.recipientJson(), PartyDetails.class), lines, invoice.total(),
                    json.readValue(invoice.statementJson(), Statement.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored invoice " + invoice.id() + " is not readable", e);
        }
    }
}
