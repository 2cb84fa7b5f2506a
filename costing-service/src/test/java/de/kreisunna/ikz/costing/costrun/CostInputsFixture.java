package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.agreement.AgreementTerms;
import de.kreisunna.ikz.costing.agreement.CostClause;
import de.kreisunna.ikz.costing.agreement.Party;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.item.CostItemTerms;
import de.kreisunna.ikz.costing.kgst.EditionFigures;
import de.kreisunna.ikz.costing.licence.LicenceGrant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds cost inputs for plain unit tests, with the towns and figures of the worked examples. */
final class CostInputsFixture {

    static final String BERGKAMEN = "05978004";
    static final String BOENEN = "05978008";
    static final String HOLZWICKEDE = "05978016";
    static final String LUENEN = "05978024";
    static final String SCHWERTE = "05978028";
    static final String SELM = "05978032";
    static final String UNNA = "05978036";
    static final String WERNE = "05978040";
    static final String KREIS = "05978";
    static final List<String> SIX_TOWNS = List.of(BERGKAMEN, BOENEN, LUENEN, SCHWERTE, UNNA, WERNE);

    /** Illustrative edition: P(A 11) = 72,000.00, P(EG 10) = 66,000.00, S = 9,350.00. */
    static final EditionFigures EDITION_2019 = new EditionFigures("2019/2020", day("2019-01-01"), day("2020-12-31"),
            Money.eur("9350.00"), true, List.of(
                    new EditionFigures.Figure("A 11 LBesG NRW", Money.eur("72000.00"), true),
                    new EditionFigures.Figure("EG 10 TVöD-VKA", Money.eur("66000.00"), true)),
            "illustrative");

    static final CostClause CLAUSE = new CostClause(new BigDecimal("0.25"), List.of("A 11 LBesG NRW", "EG 10 TVöD-VKA"),
            new BigDecimal("0.10"), new BigDecimal("0.25"), "EQUAL");

    private final int year;
    private EditionFigures edition = EDITION_2019;
    private String payGrade;
    private final List<AgreementTerms> agreements = new ArrayList<>();
    private final List<CostInputs.MemberTimeline> members = new ArrayList<>();
    private final List<CostItemTerms> items = new ArrayList<>();
    private final List<LicenceGrant> licences = new ArrayList<>();

    private CostInputsFixture(int year) {
        this.year = year;
    }

    static CostInputsFixture year(int year) {
        return new CostInputsFixture(year);
    }

    CostInputsFixture edition(EditionFigures figures) {
        this.edition = figures;
        return this;
    }

    CostInputsFixture payGrade(String grade) {
        this.payGrade = grade;
        return this;
    }

    CostInputsFixture agreement(String id, String from, String until, CostClause clause) {
        agreements.add(new AgreementTerms(id, 1, "Öffentlich-rechtliche Vereinbarung " + id, "GkG NRW", "IN_FORCE",
                day(from), until == null ? null : day(until),
                List.of(new Party(LUENEN, "Stadt Lünen", Party.KOPFSTELLE), new Party(KREIS, "Kreis Unna", Party.OPERATOR)),
                clause));
        return this;
    }

    CostInputsFixture member(String ags, String from, String until) {
        members.add(new CostInputs.MemberTimeline(ags, "Stadt " + ags, 1,
                List.of(new CostInputs.Period(day(from), until == null ? null : day(until)))));
        return this;
    }

    CostInputsFixture item(CostItemTerms item) {
        items.add(item);
        return this;
    }

    CostInputsFixture licence(String requestId, String ags, String product, int quantity, String from) {
        licences.add(new LicenceGrant(requestId, ags, product, quantity, day(from)));
        return this;
    }

    CostInputs build() {
        return new CostInputs(year, edition, payGrade, List.copyOf(agreements), List.copyOf(members), List.copyOf(items),
                List.copyOf(licences), new CostInputs.Issuers(LUENEN, KREIS));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
