package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.invoice.ServicePeriod;
import de.kreisunna.ikz.costing.party.PartyDetails;
import java.util.ArrayList;
import java.util.List;

/** The sentences of an invoice document that are rules of their own (German, as the finance offices read them). */
public final class InvoiceTexts {

    public static final String DRAFT_WATERMARK = "ENTWURF";
    public static final String NO_PAYMENT = "Es ist keine Zahlung zu leisten: Ein auf die Rechnung bereits gezahlter "
            + "Betrag wird erstattet oder verrechnet.";

    private InvoiceTexts() {
    }

    public static String servicePeriod(ServicePeriod p) {
        return "Leistungszeitraum: " + GermanFormat.date(p.from()) + "–" + GermanFormat.date(p.until());
    }

    /** "Diese Gutschrift storniert die Rechnung Nr. … vom … vollständig. Gutgeschrieben werden …". */
    public static String creditNote(InvoiceDocument doc) {
        return "Diese Gutschrift storniert die Rechnung Nr. " + doc.correctsNumber()
                + (doc.correctsIssueDate() == null ? "" : " vom " + GermanFormat.date(doc.correctsIssueDate()))
                + " vollständig. Gutgeschrieben werden " + GermanFormat.eur(doc.total()) + ".";
    }

    public static String creditReason(String reason) {
        return "Grund der Stornierung: " + (reason == null || reason.isBlank() ? "nicht angegeben" : reason.strip());
    }

    /** "Payable by" for an invoice: never on a credit note. */
    public static String paymentTerms(InvoiceDocument doc) {
        if (doc.creditNote()) {
            throw new IllegalArgumentException("a credit note asks nobody to pay");
        }
        return "Zahlbar ohne Abzug bis " + GermanFormat.date(doc.dueDate()) + " unter Angabe der Rechnungsnummer "
                + doc.number() + ".";
    }

    /** The contact for queries: "Rückfragen: Kopfstelle IKZ, Frau Muster, Telefon …, E-Mail …" (parts left out when unknown). */
    public static String contact(PartyDetails issuer) {
        List<String> parts = new ArrayList<>();
        if (present(issuer.contactOffice())) {
            parts.add(issuer.contactOffice());
        }
        if (present(issuer.contactName())) {
            parts.add(issuer.contactName());
        }
        if (present(issuer.phone())) {
            parts.add("Telefon " + issuer.phone());
        }
        if (present(issuer.email())) {
            parts.add("E-Mail " + issuer.email());
        }
        return "Rückfragen: " + (parts.isEmpty() ? issuer.name() : String.join(", ", parts));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
