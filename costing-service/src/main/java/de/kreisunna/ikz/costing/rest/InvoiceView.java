package de.kreisunna.ikz.costing.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.invoice.CostType;
import de.kreisunna.ikz.costing.invoice.Invoice;
import de.kreisunna.ikz.costing.invoice.InvoiceLine;
import de.kreisunna.ikz.costing.invoice.InvoiceStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** An invoice as the API shows it; the PDF and the XRechnung are separate representations. */
public record InvoiceView(long id, String number, String kind, CostType costType, InvoiceStatus status, int costYear,
        long costRunId, String issuerAgs, String recipientAgs, String recipientName, LocalDate issueDate,
        LocalDate dueDate, Money total, Money paid, Money open, List<InvoiceLine> lines, String correctsNumber,
        Long creditNoteId, LocalDate cancelledOn, String cancelReason) {

    static InvoiceView of(Invoice i, ObjectMapper json) {
        try {
            List<InvoiceLine> lines = json.readValue(i.linesJson(), new TypeReference<List<InvoiceLine>>() { });
            return new InvoiceView(i.id(), i.number(), i.kind(), i.costType(), i.status(), i.costYear(), i.costRunId(),
                    i.issuerAgs(), i.recipientAgs(), i.recipientName(), i.issueDate(), i.dueDate(), i.total(), i.paid(),
                    Invoice.INVOICE.equals(i.kind()) && i.status() != InvoiceStatus.CANCELLED ? i.open() : Money.ZERO,
                    lines, i.correctsNumber(), i.creditNoteId(), i.cancelledOn(), i.cancelReason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
