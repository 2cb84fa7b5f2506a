package de.kreisunna.ikz.console.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An invoice or credit note as costing-service shows it to the signed-in user. */
public record Invoice(long id, String number, String kind, String costType, String status, int costYear,
        long costRunId, String issuerAgs, String recipientAgs, String recipientName, LocalDate issueDate,
        LocalDate dueDate, BigDecimal total, BigDecimal paid, BigDecimal open, List<Line> lines, String correctsNumber,
        Long creditNoteId, LocalDate cancelledOn, String cancelReason) {

    public record Line(String description, String detail, BigDecimal amount) {
    }

    public String statusLabel() {
        return switch (status == null ? "" : status) {
            case "DRAFT" -> "Entwurf";
            case "ISSUED" -> "gestellt";
            case "PAID" -> "bezahlt";
            case "CANCELLED" -> "storniert";
            default -> status;
        };
    }

    public String kindLabel() {
        return "CREDIT_NOTE".equals(kind) ? "Gutschrift" : "Rechnung";
    }

    public String costTypeLabel() {
        return switch (costType == null ? "" : costType) {
            case "KOPFSTELLE" -> "Kopfstellenkosten";
            case "PASS_THROUGH" -> "Durchlaufende Kosten (Betreiber)";
            default -> costType;
        };
    }

    /** Issued and not yet cancelled: payments can be booked and a credit note can cancel it. */
    public boolean isOpenInvoice() {
        return "INVOICE".equals(kind) && ("ISSUED".equals(status) || "PAID".equals(status));
    }

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }

    /** Documents exist once the invoice has its number. */
    public boolean hasDocuments() {
        return number != null;
    }

    public String title() {
        return kindLabel() + " " + (number == null ? "(Entwurf " + id + ")" : number);
    }
}
