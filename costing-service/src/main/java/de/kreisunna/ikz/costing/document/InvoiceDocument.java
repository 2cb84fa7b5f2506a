package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.invoice.CostType;
import de.kreisunna.ikz.costing.invoice.InvoiceLine;
import de.kreisunna.ikz.costing.party.PartyDetails;
import java.time.LocalDate;
import java.util.List;

/** Everything both renderings of an issued invoice show, read from the invoice as frozen at issuing. */
public record InvoiceDocument(String number, boolean creditNote, String correctsNumber, LocalDate correctsIssueDate,
        CostType costType, int costYear, LocalDate issueDate, LocalDate dueDate, PartyDetails issuer,
        PartyDetails recipient, List<InvoiceLine> lines, Money total, Statement statement) {

    /** The legal note on VAT that every invoice carries (cooperation of public bodies, pure cost reimbursement). */
    public static final String VAT_NOTE = "Nicht steuerbar gemäß § 2b Abs. 3 Nr. 2 UStG (Zusammenarbeit juristischer "
            + "Personen des öffentlichen Rechts auf Grundlage einer langfristigen öffentlich-rechtlichen Vereinbarung, "
            + "reine Kostenerstattung).";

    public String title() {
        return creditNote ? "Gutschrift (Rechnungskorrektur)" : "Rechnung";
    }

    /** The agreement(s) behind the cost, named as the legal basis. */
    public String legalBasis() {
        var agreements = statement.kopfstelle().basis().stream()
                .map(p -> "„" + (p.agreementTitle() == null ? p.agreementId() : p.agreementTitle()) + "“ (" + p.agreementId()
                        + (p.legalBasis() == null ? "" : "; " + p.legalBasis()) + ")")
                .distinct().toList();
        String base = "Öffentlich-rechtliche Vereinbarung nach dem Gesetz über kommunale Gemeinschaftsarbeit "
                + "Nordrhein-Westfalen (GkG NRW)";
        return agreements.isEmpty() ? base : base + ": " + String.join(", ", agreements);
    }

    public String firstAgreementId() {
        return statement.kopfstelle().basis().isEmpty() ? null
                : statement.kopfstelle().basis().get(statement.kopfstelle().basis().size() - 1).agreementId();
    }
}
