package de.kreisunna.ikz.costing.invoice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;

/**
 * An issued invoice was cancelled by a credit note. Key: the recipient's AGS.
 * Schema: {@code schemas/invoice-cancelled.v1.json}.
 */
public record InvoiceCancelled(String invoiceId, String number, String issuerAgs, String recipientAgs, int costYear,
        Money total, LocalDate cancelledOn, String reason, String creditNoteId, String creditNoteNumber)
        implements DomainEvent {

    public static final String TYPE = "ikz.costing.InvoiceCancelled.v1";

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return recipientAgs;
    }
}
