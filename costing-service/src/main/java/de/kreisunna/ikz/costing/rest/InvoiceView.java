package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.invoice.CostType;
import de.kreisunna.ikz.costing.invoice.Invoice;
import de.kreisunna.ikz.costing.invoice.InvoiceLine;
import de.kreisunna.ikz.costing.invoice.InvoiceStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as the API shows it; the PDF and the XRechnung are separate representations. {@code open} is the
 * document's effect on the town's open amount: what is unpaid of an invoice, minus the total of a credit note.
 */
public record InvoiceView(long id, String number, String kind, CostType costType, InvoiceStatus status, int costYear,
        long costRunId, String issuerAgs, String recipientAgs, String recipientName, LocalDate issueDate,
        LocalDate dueDate, LocalDate serviceFrom, LocalDate serviceUntil, Money total, Money paid, Money open,
        List<InvoiceLine> lines, String correctsNumber, LocalDate correctsIssueDate, String creditReason,
        Long creditNoteId, LocalDate cancelledOn, String cancelReason) {

    static InvoiceView of(Invoice i) {
        return new InvoiceView(i.id(), i.number(), i.kind(), i.costType(), i.status(), i.costYear(), i.costRunId(),
                i.issuerAgs(), i.recipientAgs(), i.recipientName(), i.issueDate(), i.dueDate(), i.servicePeriod().from(),
                i.servicePeriod().until(), i.total(), i.paid(),
                i.status() == InvoiceStatus.DRAFT ? i.open() : i.balance(), i.lines(), i.correctsNumber(),
                i.correctsIssueDate(), i.creditReason(), i.creditNoteId(), i.cancelledOn(), i.cancelReason());
    }
}
