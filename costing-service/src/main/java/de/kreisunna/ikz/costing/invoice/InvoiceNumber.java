package de.kreisunna.ikz.costing.invoice;

/**
 * An invoice number, unique per issuer and year and without gaps: {@code <issuer AGS>-<year>-<sequence>},
 * e.g. {@code 05978024-2026-00001}.
 */
public record InvoiceNumber(String issuerAgs, int year, int sequence) {

    @Override
    public String toString() {
        return "%s-%d-%05d".formatted(issuerAgs, year, sequence);
    }
}
