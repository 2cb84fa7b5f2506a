package de.kreisunna.ikz.costing.invoice;

public enum InvoiceStatus {
    /** Made from a finalized cost run; no number yet, nothing sent. */
    DRAFT,
    /** Numbered and sent; its content never changes again. */
    ISSUED,
    /** Paid in full. */
    PAID,
    /** Reversed by a credit note (a correction is a credit note plus a new invoice). */
    CANCELLED
}
