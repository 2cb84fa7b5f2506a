package de.kreisunna.ikz.costing.invoice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;

/**
 * An invoice or credit note was issued. Key: the recipient's AGS. Schema: {@code schemas/invoice-issued.v1.json}.
 * A credit note carries its amount as a positive {@code total} with {@code kind} CREDIT_NOTE and the number of the
 * invoice it reverses in {@code correctsNumber}; it has no {@code dueDate} (nothing is to be paid).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceIssued(String invoiceId, String number, String kind, String costType, String issuerAgs,
        String recipientAgs, String leitwegId, int costYear, long costRunId, Money total, String currency,
        LocalDate issueDate, LocalDate dueDate, String correctsNumber) implements DomainEvent {

    public static final String TYPE = "ikz.costing.InvoiceIssued.v1";

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
