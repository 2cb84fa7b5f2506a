package de.kreisunna.ikz.costing.invoice;

/**
 * How an issuer treats its invoices of a year for VAT, as its finance office decided (confirmed by its tax
 * adviser): the EN 16931 category (O = not subject to VAT, E = exempt) and the note printed on the invoice.
 */
public record VatTreatment(String category, String note) {

    /** Today's reading for cooperation between public bodies on a public-law agreement (§ 2b Abs. 3 Nr. 2 UStG). */
    public static final VatTreatment DEFAULT = new VatTreatment("O", "Nicht steuerbar gemäß § 2b Abs. 3 Nr. 2 UStG "
            + "(Zusammenarbeit juristischer Personen des öffentlichen Rechts auf Grundlage einer langfristigen "
            + "öffentlich-rechtlichen Vereinbarung, reine Kostenerstattung).");

    /** The VATEX code of the category, as the XRechnung carries it with the note (BT-121). */
    public String exemptionReasonCode() {
        return "O".equals(category) ? "VATEX-EU-O" : null;
    }
}
