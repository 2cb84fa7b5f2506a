package de.kreisunna.ikz.costing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.platform.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static final ServicePeriod SECOND_HALF = new ServicePeriod(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 12, 31));
    private static final PartyDetails ISSUER = party("05978024", null);
    private static final PartyDetails RECIPIENT = party("05978004", "05978004-0001-47");

    private static PartyDetails party(String ags, String leitwegId) {
        return new PartyDetails(ags, "Stadt " + ags, "Markt 1", "44532", "Lünen", leitwegId, ags + "@example.org", null,
                null, null, null, true, null);
    }

    private static Invoice draft(String total) {
        return Invoice.draft(1, 2022, CostType.KOPFSTELLE, "05978024", "05978004", "Stadt Bergkamen", Money.eur(total),
                List.of(), null, SECOND_HALF, Instant.EPOCH);
    }

    private static InvoiceIssued issue(Invoice invoice, int sequence, LocalDate due) {
        return invoice.issue(new InvoiceNumber("05978024", 2026, sequence), TODAY, due, ISSUER, RECIPIENT,
                VatTreatment.DEFAULT, "Kostenregelung");
    }

    private static Invoice issued(String total) {
        Invoice invoice = draft(total);
        issue(invoice, 7, TODAY.plusDays(30));
        return invoice;
    }

    @Test
    void noInvoiceGoesFromATownToItself() {
        assertThatThrownBy(() -> Invoice.draft(1, 2022, CostType.KOPFSTELLE, "05978024", "05978024", "Stadt Lünen",
                Money.eur("10.00"), List.of(), null, SECOND_HALF, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issuingNumbersTheDraftAndTellsTheRecipientsSystems() {
        Invoice invoice = draft("2984.38");

        InvoiceIssued event = issue(invoice, 7, TODAY.plusDays(30));

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.number()).isEqualTo("05978024-2026-00007");
        assertThat(event.subject()).isEqualTo("05978004");
        assertThat(event.total()).isEqualTo(Money.eur("2984.38"));
        assertThat(event.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(event.leitwegId()).isEqualTo("05978004-0001-47");
    }

    @Test
    void anIssuedInvoiceIsNotIssuedAgain() {
        Invoice invoice = issued("10.00");

        assertThatThrownBy(() -> issue(invoice, 8, TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("only a draft can be issued");
        assertThat(invoice.number()).isEqualTo("05978024-2026-00007");
    }

    @Test
    void cancellingMakesACreditNoteOverTheSameAmountAndLeavesTheInvoiceContentAsIssued() {
        Invoice invoice = issued("2984.38");

        Invoice note = invoice.cancel(new InvoiceNumber("05978024", 2026, 9), TODAY, "wrong membership date", Instant.EPOCH);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(invoice.total()).isEqualTo(Money.eur("2984.38"));
        assertThat(invoice.number()).isEqualTo("05978024-2026-00007");
        assertThat(note.kind()).isEqualTo(Invoice.CREDIT_NOTE);
        assertThat(note.total()).isEqualTo(Money.eur("2984.38"));
        assertThat(note.correctsNumber()).isEqualTo("05978024-2026-00007");
        assertThat(note.number()).isEqualTo("05978024-2026-00009");
        assertThat(note.correctsIssueDate()).isEqualTo(TODAY);
        assertThat(note.creditReason()).isEqualTo("wrong membership date");
        assertThat(note.dueDate()).as("a credit note asks nobody to pay").isNull();
        assertThat(note.servicePeriod()).isEqualTo(SECOND_HALF);
        assertThat(note.issuer()).isEqualTo(ISSUER);
        assertThatThrownBy(() -> invoice.cancel(new InvoiceNumber("05978024", 2026, 10), TODAY, "again", Instant.EPOCH))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> note.cancel(new InvoiceNumber("05978024", 2026, 10), TODAY, "x", Instant.EPOCH))
                .isInstanceOf(DomainException.class).hasMessageContaining("credit note");
    }

    @Test
    void aCreditNoteNeedsAReason() {
        Invoice invoice = issued("10.00");

        assertThatThrownBy(() -> invoice.cancel(new InvoiceNumber("05978024", 2026, 9), TODAY, " ", Instant.EPOCH))
                .isInstanceOf(DomainException.class).hasMessageContaining("reason");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void theOpenAmountOfAPaidInvoiceCancelledByACreditNoteIsACreditOfWhatWasPaid() {
        Invoice invoice = issued("100.00");
        invoice.pay(Money.eur("60.00"));

        Invoice note = invoice.cancel(new InvoiceNumber("05978024", 2026, 9), TODAY, "Beitrittsdatum falsch", Instant.EPOCH);

        assertThat(invoice.balance()).isEqualTo(Money.eur("40.00"));
        assertThat(note.balance()).isEqualTo(Money.eur("-100.00"));
        assertThat(invoice.balance().plus(note.balance())).isEqualTo(Money.eur("-60.00"));
    }

    @Test
    void paymentsUpToTheTotalMakeItPaidAndOverpaymentIsRefused() {
        Invoice invoice = issued("100.00");

        invoice.pay(Money.eur("60.00"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThatThrownBy(() -> invoice.pay(Money.eur("40.01"))).isInstanceOf(DomainException.class)
                .hasMessageContaining("exceeds the open amount");
        invoice.pay(Money.eur("40.00"));

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.open()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> draft("5.00").pay(Money.eur("5.00"))).isInstanceOf(DomainException.class);
    }
}
