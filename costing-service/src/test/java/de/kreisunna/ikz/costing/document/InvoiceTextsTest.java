package de.kreisunna.ikz.costing.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.Segment;
import de.kreisunna.ikz.costing.invoice.CostType;
import de.kreisunna.ikz.costing.invoice.ServicePeriod;
import de.kreisunna.ikz.costing.invoice.VatTreatment;
import de.kreisunna.ikz.costing.party.PartyDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text rules of invoice documents. */
class InvoiceTextsTest {

    private static final LocalDate JAN1 = LocalDate.of(2022, 1, 1);
    private static final LocalDate DEC31 = LocalDate.of(2022, 12, 31);

    private static Segment equal(String rate, int days, int daysOfYear, int members, String amount) {
        return new Segment(JAN1, JAN1.plusDays(days - 1), days, daysOfYear, members, 1, members, Money.eur(rate),
                BigDecimal.ZERO, Money.eur(amount));
    }

    @Test
    void anExactShareThatEndsIsPrintedExactlyWithAnEqualsSign() {
        assertThat(GermanFormat.exact(new BigDecimal("25662.50"), new BigDecimal(8))).isEqualTo("= 3.207,8125 EUR");
        assertThat(GermanFormat.exact(new BigDecimal("100.00"), new BigDecimal(4))).isEqualTo("= 25,00 EUR");
    }

    @Test
    void anExactShareThatDoesNotEndIsPrintedWithSixDecimalsAndAnApproximationSign() {
        assertThat(GermanFormat.exact(new BigDecimal("6624000.00"), new BigDecimal(2562))).isEqualTo("≈ 2.585,480094 EUR");
    }

    /** The same inputs rounded to different cents (largest remainder) no longer contradict the printed arithmetic. */
    @Test
    void theSegmentFormulaShowsTheExactShareAndNamesTheRoundingRuleForTheCentAmount() {
        String down = GermanFormat.segment(equal("25662.50", 365, 365, 8, "3207.81"), true);
        String up = GermanFormat.segment(equal("25662.50", 365, 365, 8, "3207.82"), true);

        assertThat(down).isEqualTo("01.01.2022–31.12.2022: 365 von 365 Tagen, 1 von 8 Mitgliedern; "
                + "25.662,50 EUR × 365/365 ÷ 8 = 3.207,8125 EUR; nach der Rundungsregel: 3.207,81 EUR");
        assertThat(up).contains("= 3.207,8125 EUR; nach der Rundungsregel: 3.207,82 EUR");
        assertThat(GermanFormat.ROUNDING_RULE).startsWith("Rundungsregel der Kooperation").contains("größten Resten");
    }

    @Test
    void aSegmentByLicencesShowsTheLicenceFraction() {
        Segment s = new Segment(JAN1, DEC31, 365, 365, 3, 2, 5, Money.eur("1000.00"), BigDecimal.ZERO, Money.eur("400.00"));

        assertThat(GermanFormat.segment(s, false)).contains("2 von 5 Lizenzen; 1.000,00 EUR × 365/365 × 2/5 = 400,00 EUR; "
                + "nach der Rundungsregel: 400,00 EUR");
    }

    @Test
    void aDirectChargeShowsTheExactAmountAndItsCommercialRounding() {
        Segment s = new Segment(JAN1, JAN1.plusDays(99), 100, 365, 1, 3, 3, Money.eur("120.00"), BigDecimal.ZERO, Money.eur("98.63"));

        assertThat(GermanFormat.charge(s)).isEqualTo("01.01.2022–10.04.2022: 3 Lizenz(en) × 120,00 EUR × 100/365 "
                + "≈ 98,630137 EUR; kaufmännisch auf Cent gerundet: 98,63 EUR");
    }

    @Test
    void theServicePeriodRunsFromTheFirstToTheLastDayOfTheTownsSegmentsAndIsTheYearWithoutAny() {
        Segment h1 = new Segment(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30), 92, 365, 2, 1, 2, Money.eur("1.00"),
                BigDecimal.ZERO, Money.eur("0.13"));
        Segment h2 = new Segment(LocalDate.of(2022, 10, 1), DEC31, 92, 365, 3, 1, 3, Money.eur("1.00"), BigDecimal.ZERO,
                Money.eur("0.08"));

        assertThat(ServicePeriod.of(2022, List.of(h2, h1))).isEqualTo(new ServicePeriod(LocalDate.of(2022, 7, 1), DEC31));
        assertThat(ServicePeriod.of(2022, List.of())).isEqualTo(new ServicePeriod(JAN1, DEC31));
        assertThat(InvoiceTexts.servicePeriod(new ServicePeriod(LocalDate.of(2022, 7, 1), DEC31)))
                .isEqualTo("Leistungszeitraum: 01.07.2022–31.12.2022");
        assertThatThrownBy(() -> new ServicePeriod(DEC31, JAN1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theContactNamesOfficePersonPhoneAndEMailAndLeavesOutWhatIsUnknown() {
        PartyDetails full = issuer("Kopfstelle IKZ Sozialwesen", "Frau Muster", "+49 2306 1234");
        PartyDetails bare = issuer(null, null, null);

        assertThat(InvoiceTexts.contact(full)).isEqualTo("Rückfragen: Kopfstelle IKZ Sozialwesen, Frau Muster, "
                + "Telefon +49 2306 1234, E-Mail kopfstelle@luenen.example");
        assertThat(InvoiceTexts.contact(bare)).isEqualTo("Rückfragen: E-Mail kopfstelle@luenen.example");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItsDateTheAmountAndTheReasonAndHasNoPaymentTerms() {
        InvoiceDocument note = document(true);

        assertThat(InvoiceTexts.creditNote(note)).isEqualTo("Diese Gutschrift storniert die Rechnung Nr. 05978024-2022-00003 "
                + "vom 15.03.2022 vollständig. Gutgeschrieben werden 3.207,81 EUR.");
        assertThat(InvoiceTexts.creditReason("  Beitrittsdatum falsch ")).isEqualTo("Grund der Stornierung: Beitrittsdatum falsch");
        assertThat(InvoiceTexts.creditReason(null)).isEqualTo("Grund der Stornierung: nicht angegeben");
        assertThatThrownBy(() -> InvoiceTexts.paymentTerms(note)).isInstanceOf(IllegalArgumentException.class);
        assertThat(InvoiceTexts.paymentTerms(document(false)))
                .isEqualTo("Zahlbar ohne Abzug bis 14.04.2022 unter Angabe der Rechnungsnummer 05978024-2022-00009.");
    }

    @Test
    void theDefaultVatTreatmentIsNotSubjectToVatUnderParagraph2b() {
        assertThat(VatTreatment.DEFAULT.category()).isEqualTo("O");
        assertThat(VatTreatment.DEFAULT.exemptionReasonCode()).isEqualTo("VATEX-EU-O");
        assertThat(VatTreatment.DEFAULT.note()).startsWith("Nicht steuerbar gemäß § 2b Abs. 3 Nr. 2 UStG");
        assertThat(new VatTreatment("E", "Steuerfrei").exemptionReasonCode()).isNull();
    }

    private static PartyDetails issuer(String office, String name, String phone) {
        return new PartyDetails("05978024", "Stadt Lünen", "Markt 1", "44532", "Lünen", null, "kopfstelle@luenen.example",
                name, phone, "DE30000000000005978024", "XXXXDEXXXXX", true, office);
    }

    private static InvoiceDocument document(boolean creditNote) {
        return new InvoiceDocument(false, creditNote ? "05978024-2022-00010" : "05978024-2022-00009", creditNote,
                creditNote ? "05978024-2022-00003" : null, creditNote ? LocalDate.of(2022, 3, 15) : null,
                creditNote ? "Beitrittsdatum falsch" : null, CostType.KOPFSTELLE, 2022, LocalDate.of(2022, 3, 15),
                creditNote ? null : LocalDate.of(2022, 4, 14), new ServicePeriod(JAN1, DEC31), issuer(null, null, null), null,
                List.of(), Money.eur("3207.81"), null, VatTreatment.DEFAULT, null);
    }
}
