package de.kreisunna.ikz.costing.invoice;

/** What an invoice charges, which decides its issuer. */
public enum CostType {
    /** The Kopfstelle's cost share, invoiced by the Kopfstelle (Stadt Lünen). */
    KOPFSTELLE,
    /** The operator's pass-through costs (vendor maintenance, licences), invoiced by the operator (Kreis Unna). */
    PASS_THROUGH
}
