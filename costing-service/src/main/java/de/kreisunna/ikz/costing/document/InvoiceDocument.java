package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.invoice.CostType;
import de.kreisunna.ikz.costing.invoice.InvoiceLine;
import de.kreisunna.ikz.costing.invoice.ServicePeriod;
import de.kreisunna.ikz.costing.invoice.VatTreatment;
import de.kreisunna.ikz.costing.party.PartyDetails;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything both renderings of an invoice show, read from the invoice as frozen at issuing (a draft shows the
 * current party data, VAT treatment and legal text, and has no number or dates yet).
 */
public record InvoiceDocument(boolean draft, String number, boolean creditNote, String correctsNumber,
        LocalDate correctsIssueDate, String creditReason, CostType costType, int costYear, LocalDate issueDate,
        LocalDate dueDate, ServicePeriod servicePeriod, PartyDetails issuer, PartyDetails recipient,
        List<InvoiceLine> lines, Money total, Statement statement, VatTreatment vat, String legalText) {

    public String title() {
        return creditNote ? "Gutschrift (Rechnungskorrektur)" : "Rechnung";
    }

    /** The agreement(s) behind the cost, named with the clause cited for this cost type (data per issuer). */
    public String legalBasis() {
        var agreements = statement.kopfstelle().basis().stream()
                .map(p -> "„" + (p.agreementTitle() == null ? p.agreementId() : p.agreementTitle()) + "“ (" + p.agreementId()
                        + (p.legalBasis() == null ? "" : "; " + p.legalBasis()) + ")")
                .distinct().toList();
        String base = "Öffentlich-rechtliche Vereinbarung nach dem Gesetz über kommunale Gemeinschaftsarbeit "
                + "Nordrhein-Westfalen (GkG NRW)" + (agreements.isEmpty() ? "" : ": " + String.join(", ", agreements)) + ".";
        return legalText == null ? base : base + " " + legalText;
    }

    public String firstAgreementId() {
        return statement.kopfstelle().basis().isEmpty() ? null
                : statement.kopfstelle().basis().get(statement.kopfstelle().basis().size() - 1).agreementId();
    }
}
