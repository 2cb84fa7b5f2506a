package de.kreisunna.ikz.costing.invoice;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An invoice (or credit note) from an issuer to a town for one cost type of one year. Its rules: only a draft
 * is issued; an issued invoice never changes its content — it can be paid, or cancelled by a credit note.
 * Lines, the recipient's statement and both parties are typed parts of the aggregate (stored as JSONB, mapped by
 * Hibernate), frozen at issuing together with the VAT treatment and the legal text it cites. A credit note asks
 * nobody to pay: it has no due date, and names the invoice it reverses, that invoice's date and the reason.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "cost_run_id")
    long costRunId;

    @Column(name = "cost_year")
    int costYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_type")
    CostType costType;

    /** {@value #INVOICE} or {@value #CREDIT_NOTE}. */
    String kind;

    @Enumerated(EnumType.STRING)
    InvoiceStatus status;

    @Column(name = "issuer_ags")
    String issuerAgs;

    @Column(name = "recipient_ags")
    String recipientAgs;

    @Column(name = "recipient_name")
    String recipientName;

    String number;

    @Column(name = "number_year")
    Integer numberYear;

    Integer sequence;

    @Column(name = "issue_date")
    LocalDate issueDate;

    @Column(name = "due_date")
    LocalDate dueDate;

    /** Always positive; a credit note's kind says it is owed back. */
    BigDecimal total;

    BigDecimal paid;

    @JdbcTypeCode(SqlTypes.JSON)
    List<InvoiceLine> lines;

    @JdbcTypeCode(SqlTypes.JSON)
    Statement statement;

    @JdbcTypeCode(SqlTypes.JSON)
    PartyDetails issuer;

    @JdbcTypeCode(SqlTypes.JSON)
    PartyDetails recipient;

    @Column(name = "service_from")
    LocalDate serviceFrom;

    @Column(name = "service_until")
    LocalDate serviceUntil;

    @Column(name = "vat_category")
    String vatCategory;

    @Column(name = "vat_note")
    String vatNote;

    @Column(name = "legal_text")
    String legalText;

    @Column(name = "corrects_issue_date")
    LocalDate correctsIssueDate;

    /** On a credit note: why the invoice was cancelled. */
    @Column(name = "credit_reason")
    String creditReason;

    @Column(name = "corrects_invoice_id")
    Long correctsInvoiceId;

    @Column(name = "corrects_number")
    String correctsNumber;

    @Column(name = "credit_note_id")
    Long creditNoteId;

    @Column(name = "cancelled_on")
    LocalDate cancelledOn;

    @Column(name = "cancel_reason")
    String cancelReason;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Invoice() {
    }

    /** A draft for a town's share of a finalized run; no invoice goes from a town to itself. */
    public static Invoice draft(long costRunId, int costYear, CostType costType, String issuerAgs, String recipientAgs,
            String recipientName, Money total, List<InvoiceLine> lines, Statement statement, ServicePeriod servicePeriod,
            Instant now) {
        if (issuerAgs.equals(recipientAgs)) {
            throw new IllegalArgumentException("no invoice from " + issuerAgs + " to itself");
        }
        if (!total.amount().equals(total.amount().abs()) || total.isZero()) {
            throw new IllegalArgumentException("an invoice needs a positive total, not " + total);
        }
        Invoice invoice = new Invoice();
        invoice.costRunId = costRunId;
        invoice.costYear = costYear;
        invoice.costType = costType;
        invoice.kind = INVOICE;
        invoice.status = InvoiceStatus.DRAFT;
        invoice.issuerAgs = issuerAgs;
        invoice.recipientAgs = recipientAgs;
        invoice.recipientName = recipientName;
        invoice.total = total.amount();
        invoice.paid = BigDecimal.ZERO.setScale(2);
        invoice.lines = List.copyOf(lines);
        invoice.statement = statement;
        invoice.serviceFrom = servicePeriod.from();
        invoice.serviceUntil = servicePeriod.until();
        invoice.createdAt = now;
        return invoice;
    }

    /** Numbers the draft and freezes both parties, the VAT treatment and the legal text; the event tells the recipient's systems. */
    public InvoiceIssued issue(InvoiceNumber number, LocalDate issueDate, LocalDate dueDate, PartyDetails issuer,
            PartyDetails recipient, VatTreatment vat, String legalText) {
        if (status != InvoiceStatus.DRAFT) {
            throw new Conflict("invoice " + id + " is " + status + "; only a draft can be issued");
        }
        this.number = number.toString();
        this.numberYear = number.year();
        this.sequence = number.sequence();
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.issuer = issuer;
        this.recipient = recipient;
        this.vatCategory = vat.category();
        this.vatNote = vat.note();
        this.legalText = legalText;
        this.status = InvoiceStatus.ISSUED;
        return issuedEvent();
    }

    /**
     * Cancels an issued invoice by a credit note over the same lines, total and service period; the invoice itself
     * keeps its content. The credit note is issued at once with its own number, names this invoice, its date and
     * the reason, and has no due date.
     */
    public Invoice cancel(InvoiceNumber creditNoteNumber, LocalDate today, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "a credit note states why the invoice is cancelled");
        }
        if (!INVOICE.equals(kind)) {
            throw new Conflict(number + " is a credit note; a credit note is not cancelled");
        }
        if (status != InvoiceStatus.ISSUED && status != InvoiceStatus.PAID) {
            throw new Conflict("invoice " + id + " is " + status + "; only an issued or paid invoice can be cancelled");
        }
        Invoice note = new Invoice();
        note.costRunId = costRunId;
        note.costYear = costYear;
        note.costType = costType;
        note.kind = CREDIT_NOTE;
        note.status = InvoiceStatus.ISSUED;
        note.issuerAgs = issuerAgs;
        note.recipientAgs = recipientAgs;
        note.recipientName = recipientName;
        note.total = total;
        note.paid = BigDecimal.ZERO.setScale(2);
        note.lines = lines;
        note.statement = statement;
        note.issuer = issuer;
        note.recipient = recipient;
        note.serviceFrom = serviceFrom;
        note.serviceUntil = serviceUntil;
        note.vatCategory = vatCategory;
        note.vatNote = vatNote;
        note.legalText = legalText;
        note.correctsInvoiceId = id;
        note.correctsNumber = number;
        note.correctsIssueDate = issueDate;
        note.creditReason = reason;
        note.number = creditNoteNumber.toString();
        note.numberYear = creditNoteNumber.year();
        note.sequence = creditNoteNumber.sequence();
        note.issueDate = today;
        note.dueDate = null;
        note.createdAt = now;
        this.status = InvoiceStatus.CANCELLED;
        this.cancelledOn = today;
        this.cancelReason = reason;
        return note;
    }

    /** Called once the credit note has its id. */
    public InvoiceCancelled cancelledBy(Invoice creditNote) {
        this.creditNoteId = creditNote.id;
        return new InvoiceCancelled(String.valueOf(id), number, issuerAgs, recipientAgs, costYear, total(), cancelledOn,
                cancelReason, String.valueOf(creditNote.id), creditNote.number);
    }

    /** Records a payment; the invoice is PAID when nothing is open any more. Overpayment is refused. */
    public void pay(Money amount) {
        if (!INVOICE.equals(kind) || status != InvoiceStatus.ISSUED) {
            throw new Conflict((number == null ? "invoice " + id : number) + " is " + status
                    + (INVOICE.equals(kind) ? "" : " (a credit note)") + "; payments are recorded only on issued invoices");
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidInput("amount", "must be positive");
        }
        Money open = open();
        if (amount.compareTo(open) > 0) {
            throw new Conflict("payment of " + amount + " EUR exceeds the open amount of " + number + " (" + open + " EUR)");
        }
        paid = paid.add(amount.amount());
        if (open().isZero()) {
            status = InvoiceStatus.PAID;
        }
    }

    public InvoiceIssued issuedEvent() {
        return new InvoiceIssued(String.valueOf(id), number, kind, costType.name(), issuerAgs, recipientAgs,
                recipient == null ? null : recipient.leitwegId(), costYear, costRunId, total(), "EUR", issueDate, dueDate,
                correctsNumber);
    }

    /** What is still to be paid on an invoice (total less payments). */
    public Money open() {
        return Money.of(total).minus(Money.of(paid));
    }

    /**
     * This document's effect on the town's open amount: an invoice adds what is unpaid of it, a cancelled invoice
     * its full total less payments (the credit note takes it back), a credit note subtracts its total. So the sum
     * over a town's documents is what it owes (positive) or is owed (negative, a credit); a draft counts nothing.
     */
    public Money balance() {
        if (status == InvoiceStatus.DRAFT) {
            return Money.ZERO;
        }
        return isCreditNote() ? total().negate() : open();
    }

    public boolean isCreditNote() {
        return CREDIT_NOTE.equals(kind);
    }

    public Long id() {
        return id;
    }

    public long costRunId() {
        return costRunId;
    }

    public int costYear() {
        return costYear;
    }

    public CostType costType() {
        return costType;
    }

    public String kind() {
        return kind;
    }

    public InvoiceStatus status() {
        return status;
    }

    public String issuerAgs() {
        return issuerAgs;
    }

    public String recipientAgs() {
        return recipientAgs;
    }

    public String recipientName() {
        return recipientName;
    }

    public String number() {
        return number;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Money total() {
        return Money.of(total);
    }

    public Money paid() {
        return Money.of(paid);
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public Statement statement() {
        return statement;
    }

    /** The issuer as frozen at issuing; null on a draft. */
    public PartyDetails issuer() {
        return issuer;
    }

    /** The recipient as frozen at issuing; null on a draft. */
    public PartyDetails recipient() {
        return recipient;
    }

    public ServicePeriod servicePeriod() {
        return serviceFrom == null ? ServicePeriod.of(costYear, List.of()) : new ServicePeriod(serviceFrom, serviceUntil);
    }

    /** The VAT treatment frozen at issuing; invoices issued before it was configurable carry the default. */
    public VatTreatment vat() {
        return vatCategory == null ? VatTreatment.DEFAULT : new VatTreatment(vatCategory, vatNote);
    }

    /** The legal text cited, frozen at issuing; null on a draft and on invoices issued before it was data. */
    public String legalText() {
        return legalText;
    }

    public LocalDate correctsIssueDate() {
        return correctsIssueDate;
    }

    public String creditReason() {
        return creditReason;
    }

    public String correctsNumber() {
        return correctsNumber;
    }

    public Long creditNoteId() {
        return creditNoteId;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
