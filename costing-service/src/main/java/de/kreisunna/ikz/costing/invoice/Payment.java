package de.kreisunna.ikz.costing.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment received for an invoice, as finance records it. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "invoice_id")
    long invoiceId;

    BigDecimal amount;

    @Column(name = "paid_on")
    LocalDate paidOn;

    String reference;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @Column(name = "recorded_by")
    String recordedBy;

    protected Payment() {
    }

    Payment(long invoiceId, BigDecimal amount, LocalDate paidOn, String reference, Instant recordedAt, String recordedBy) {
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.reference = reference;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String reference() {
        return reference;
    }
}
