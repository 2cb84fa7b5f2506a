package de.kreisunna.ikz.system;

import static de.kreisunna.ikz.system.TestTowns.BERGKAMEN;
import static de.kreisunna.ikz.system.TestTowns.BOENEN;
import static de.kreisunna.ikz.system.TestTowns.HOLZWICKEDE;
import static de.kreisunna.ikz.system.TestTowns.KREIS_UNNA;
import static de.kreisunna.ikz.system.TestTowns.LUENEN;
import static de.kreisunna.ikz.system.TestTowns.SCHWERTE;
import static de.kreisunna.ikz.system.TestTowns.SELM;
import static de.kreisunna.ikz.system.TestTowns.UNNA;
import static de.kreisunna.ikz.system.TestTowns.WERNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.stack.KafkaTopology;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * The real history of the cooperation (deployment/data/ikz-history.json, DOMAIN.md), replayed step by step
 * through the public APIs with real Keycloak tokens — the operator's admin registers the towns and records the
 * agreements, resolutions and accessions, finance enters KGSt editions and runs the costs, the PROSOZ helpdesk
 * and the towns file requests — and what each service then shows.
 */
@ExtendWith(SystemStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryReplayIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(120);
    private static final String AGREEMENT_2019 = "ikz-asylblg-2019";
    private static final String AGREEMENT_2021 = "ikz-asylblg-2021";
    private static final List<String> FOUNDERS = List.of(BERGKAMEN, BOENEN, LUENEN, SCHWERTE, UNNA, WERNE);
    private static final List<String> SEVEN = List.of(BERGKAMEN, BOENEN, LUENEN, SCHWERTE, SELM, UNNA, WERNE);
    private static final List<String> EIGHT = List.of(BERGKAMEN, BOENEN, HOLZWICKEDE, LUENEN, SCHWERTE, SELM, UNNA, WERNE);
    private static final String EDITION_2020 = "KGSt 2019/2020 (Replay)";
    private static final String EDITION_2022 = "KGSt 2022/2023 (Replay)";
    private static final String LICENCE_PRODUCT = "OPEN/PROSOZ Arbeitsplatzlizenz AsylbLG";

    @BeforeAll
    void replayTheMembershipHistory() throws IOException {
        JsonNode history = new ObjectMapper().readTree(Path.of(System.getProperty("ikz.project.root", ".."),
                "deployment/data/ikz-history.json").toFile());
        JsonNode first = history.get("agreements").get(0);
        JsonNode second = history.get("agreements").get(1);
        assertThat(first.at("/agreement/id").asText()).isEqualTo(AGREEMENT_2019);
        assertThat(second.at("/agreement/id").asText()).isEqualTo(AGREEMENT_2021);

        for (JsonNode municipality : history.get("municipalities")) {
            admin(201, "POST", "/municipalities", municipality);
        }
        for (JsonNode use : history.get("procedureUse")) {
            admin(200, "POST", "/municipalities/" + use.get("ags").asText() + "/go-live", without(use, "ags"));
        }

        admin(201, "POST", "/agreements", first.get("agreement"));
        for (JsonNode resolution : first.get("resolutions")) {
            admin(201, "POST", "/agreements/" + AGREEMENT_2019 + "/resolutions", resolution);
        }
        admin(200, "POST", "/agreements/" + AGREEMENT_2019 + "/conclusion", Map.of("concludedOn", first.get("concludedOn").asText()));
        Api.as("admin").body(without(first.get("entryIntoForce"), "effectiveFrom").put("effectiveFrom", "2019-01-01").toString())
                .post(Api.url(Api.MEMBERSHIP, "/agreements/" + AGREEMENT_2019 + "/entry-into-force"))
                .then().statusCode(409).body("detail", containsString("cannot take effect on 2019-01-01"));
        admin(200, "POST", "/agreements/" + AGREEMENT_2019 + "/entry-into-force", first.get("entryIntoForce"));
        Api.as("admin").body(Map.of("ags", SELM, "validFrom", "2020-07-01"))
                .post(Api.url(Api.MEMBERSHIP, "/agreements/" + AGREEMENT_2019 + "/members"))
                .then().statusCode(409).body("detail", containsString("no party of agreement " + AGREEMENT_2019));

        admin(201, "POST", "/agreements", second.get("agreement"));
        List<JsonNode> townResolutions = new ArrayList<>();
        for (JsonNode resolution : second.get("resolutions")) {
            if (resolution.get("ags").asText().equals(KREIS_UNNA)) {
                admin(201, "POST", "/agreements/" + AGREEMENT_2021 + "/resolutions", resolution);
            } else {
                townResolutions.add(resolution);
            }
        }
        JsonPath tooEarly = Api.as("admin").body(Map.of("concludedOn", "2021-11-09"))
                .post(Api.url(Api.MEMBERSHIP, "/agreements/" + AGREEMENT_2021 + "/conclusion"))
                .then().statusCode(409).extract().jsonPath();
        assertThat(tooEarly.getList("violations.field", String.class))
                .as("with only the Kreistag's decision, the eight councils are missing")
                .containsExactlyInAnyOrderElementsOf(EIGHT.stream().map(ags -> "parties[" + ags + "]").toList());
        for (JsonNode resolution : townResolutions) {
            admin(201, "POST", "/agreements/" + AGREEMENT_2021 + "/resolutions", resolution);
        }
        admin(200, "POST", "/agreements/" + AGREEMENT_2021 + "/conclusion", Map.of("concludedOn", second.get("concludedOn").asText()));
        admin(200, "POST", "/agreements/" + AGREEMENT_2021 + "/entry-into-force", second.get("entryIntoForce"));
        for (JsonNode decision : history.get("interimCostSharing")) {
            admin(200, "POST", "/municipalities/" + decision.get("ags").asText() + "/interim-cost-sharing", decision.get("decision"));
        }

        for (String service : List.of(Api.COSTING, Api.SUPPORT)) {
            Eventually.within(ARRIVAL, () -> assertThat(membersOn(service, "2022-01-01")).containsAll(EIGHT));
        }
    }

    @Test
    void sixTownsArePartiesFromTheEntryIntoForceOf2019SelmOnlyFrom2022AndEightOn2022_01_01InEveryService() {
        assertThat(agreementMembersOn(AGREEMENT_2019, "2019-12-13")).isEmpty();
        assertThat(agreementMembersOn(AGREEMENT_2019, "2019-12-31")).containsExactlyInAnyOrderElementsOf(FOUNDERS);
        assertThat(agreementMembersOn(AGREEMENT_2019, "2020-07-01")).containsExactlyInAnyOrderElementsOf(FOUNDERS);
        assertThat(agreementMembersOn(AGREEMENT_2019, "2022-01-01")).isEmpty();
        assertThat(agreementMembersOn(AGREEMENT_2021, "2022-01-01")).containsExactlyInAnyOrderElementsOf(EIGHT);

        for (String service : List.of(Api.COSTING, Api.SUPPORT)) {
            Eventually.within(ARRIVAL, () -> {
                assertThat(membersOn(service, "2018-12-31")).as(service).isEmpty();
                assertThat(membersOn(service, "2019-12-31")).as(service).containsExactlyInAnyOrderElementsOf(FOUNDERS);
                assertThat(membersOn(service, "2020-07-01")).as(service).containsExactlyInAnyOrderElementsOf(FOUNDERS);
                assertThat(membersOn(service, "2022-01-01")).as(service).containsExactlyInAnyOrderElementsOf(EIGHT);
            });
        }
        JsonPath selmInCosting = read("finance", Api.COSTING, "/members/" + SELM);
        assertThat(selmInCosting.getList("costSharing.basis", String.class)).containsExactly("INTERIM_DECISION", "PARTY");
        assertThat(selmInCosting.getList("costSharing.validFrom", String.class)).containsExactly("2020-07-01", "2022-01-01");
    }

    @Test
    void the2021AgreementSupersededThe2019OneAndCarriesTheDistrictsRecommendationAndDecision215_21() {
        JsonPath old = read("finance", Api.MEMBERSHIP, "/agreements/" + AGREEMENT_2019);
        assertThat(old.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(old.getString("concludedOn")).isEqualTo("2019-10-30");
        assertThat(old.getString("endedOn")).isEqualTo("2021-12-31");
        assertThat(old.getString("successorId")).isEqualTo(AGREEMENT_2021);

        JsonPath current = read("finance", Api.MEMBERSHIP, "/agreements/" + AGREEMENT_2021);
        assertThat(current.getString("status")).isEqualTo("IN_FORCE");
        assertThat(current.getString("inForceFrom")).isEqualTo("2022-01-01");
        assertThat(current.getString("predecessorId")).isEqualTo(AGREEMENT_2019);
        assertThat(current.getList("parties.findAll { it.role == 'MEMBER' }.ags", String.class))
                .containsExactlyInAnyOrderElementsOf(EIGHT);
        assertThat(current.getString("parties.find { it.role == 'KOPFSTELLE' }.ags")).isEqualTo(LUENEN);
        assertThat(current.getString("parties.find { it.role == 'OPERATOR' }.ags")).isEqualTo(KREIS_UNNA);

        JsonPath resolutions = read("finance", Api.MEMBERSHIP, "/agreements/" + AGREEMENT_2021 + "/resolutions");
        assertThat(resolutions.getString("find { it.body == 'KREISAUSSCHUSS' }.decidedOn")).isEqualTo("2021-11-08");
        assertThat(resolutions.getString("find { it.body == 'KREISAUSSCHUSS' }.kind")).isEqualTo("RECOMMENDATION");
        assertThat(resolutions.getString("find { it.body == 'KREISAUSSCHUSS' }.paperNumber")).isEqualTo("215/21");
        assertThat(resolutions.getString("find { it.body == 'KREISTAG' }.decidedOn")).isEqualTo("2021-11-09");
        assertThat(resolutions.getString("find { it.body == 'KREISTAG' }.kind")).isEqualTo("DECISION");
        assertThat(resolutions.getString("find { it.body == 'KREISTAG' }.paperNumber")).isEqualTo("215/21");
        assertThat(resolutions.getList("findAll { it.body == 'RAT' }.ags", String.class)).containsExactlyInAnyOrderElementsOf(EIGHT);
    }

    @Test
    void eachTownSeesItsOwnTimelineAndResolutionsAndNotAnotherTowns() {
        JsonPath selm = read("selm", Api.MEMBERSHIP, "/municipalities/" + SELM + "/timeline");
        assertThat(selm.getList("periods.agreementId", String.class)).containsExactly(AGREEMENT_2021);
        assertThat(selm.getList("periods.validFrom", String.class)).containsExactly("2022-01-01");
        assertThat(selm.getList("events.findAll { it.date == '2020-07-01' }.kind", String.class)).containsExactly("GO_LIVE", "COST_SHARING");
        JsonPath selmTown = read("selm", Api.MEMBERSHIP, "/municipalities/" + SELM);
        assertThat(selmTown.getString("goLiveOn")).isEqualTo("2020-07-01");
        assertThat(selmTown.getBoolean("costSharing[0].assumption")).isTrue();
        assertThat(read("selm", Api.MEMBERSHIP, "/municipalities").getList("ags", String.class)).containsExactly(SELM);

        assertThat(read("bergkamen", Api.MEMBERSHIP, "/agreements/" + AGREEMENT_2021 + "/resolutions")
                .getList("ags", String.class)).containsExactly(BERGKAMEN);
        Api.as("bergkamen").get(Api.url(Api.MEMBERSHIP, "/municipalities/" + SELM)).then().statusCode(404);

        assertThat(read("holzwickede", Api.MEMBERSHIP, "/agreements").getList("agreementId", String.class))
                .containsExactly(AGREEMENT_2021);
        Api.as("holzwickede").get(Api.url(Api.MEMBERSHIP, "/agreements/" + AGREEMENT_2019)).then().statusCode(404);
        assertThat(read("holzwickede", Api.MEMBERSHIP, "/chronology?ags=" + HOLZWICKEDE)
                .getList("findAll { it.kind == 'ACCESSION' }.date", String.class)).containsExactly("2022-01-01");
    }

    @Test
    void holzwickedesAccessionOn2022_01_01OpensAnOnboardingCaseOnlyHolzwickedeSees() {
        String[] caseId = new String[1];
        Eventually.within(ARRIVAL, () -> {
            JsonPath cases = read("holzwickede", Api.SUPPORT, "/onboarding-cases?size=500");
            assertThat(cases.getList("accessionDate", String.class)).containsExactly("2022-01-01");
            assertThat(cases.getList("ags", String.class)).containsExactly(HOLZWICKEDE);
            caseId[0] = cases.getString("[0].id");
        });

        Api.as("holzwickede").get(Api.url(Api.SUPPORT, "/onboarding-cases/" + caseId[0])).then().statusCode(200)
                .body("status", equalTo("OPEN"));
        Api.as("bergkamen").get(Api.url(Api.SUPPORT, "/onboarding-cases/" + caseId[0])).then().statusCode(404);

        JsonPath all = read("kopfstelle", Api.SUPPORT, "/onboarding-cases?size=500");
        assertThat(all.getList("findAll { it.ags == '" + BERGKAMEN + "' }.accessionDate", String.class))
                .as("the move into the 2021 agreement is no accession").containsExactly("2019-12-14");
        assertThat(all.getList("findAll { it.ags == '" + SELM + "' }.accessionDate", String.class))
                .as("Selm becomes a party by the 2021 agreement").containsExactly("2022-01-01");
    }

    @Test
    void theCostRunFor2020SharesTheKopfstelleCostAmongTheSixAndSelmFromJulyAndInvoicesThem() {
        ensureEdition(EDITION_2020, "2019-01-01", "2020-12-31", "9350.00", true, "72000.00", "66000.00");

        JsonPath run = CostRuns.finalized("{\"year\":2020,\"editionLabel\":\"" + EDITION_2020 + "\"}");

        // K = 0.25 × 72,000.00 + 10 % + 0.25 × 9,350.00 = 22,137.50; Selm: K × 184/366 ÷ 7 = 1,589.89;
        // each founder: K × (182/366 ÷ 6 + 184/366 ÷ 7) = 3,424.60…, one of them gets the remainder cent
        assertThat(run.getString("summary.kopfstelleTotal")).isEqualTo("22137.50");
        assertThat(run.getString("summary.kopfstelleIssuer")).isEqualTo(LUENEN);
        assertThat(run.getList("summary.towns.ags", String.class)).containsExactlyInAnyOrderElementsOf(SEVEN);
        assertThat(run.getString("summary.towns.find { it.ags == '" + SELM + "' }.kopfstelle")).isEqualTo("1589.89");
        List<String> founders = FOUNDERS.stream()
                .map(ags -> run.getString("summary.towns.find { it.ags == '" + ags + "' }.kopfstelle")).toList();
        assertThat(founders).allMatch(share -> share.equals("3424.60") || share.equals("3424.61"))
                .filteredOn("3424.61"::equals).hasSize(1);
        assertThat(sum(run.getList("summary.towns.kopfstelle", String.class))).isEqualByComparingTo("22137.50");
        JsonPath selm = read("finance", Api.COSTING, "/cost-runs/" + run.getLong("id") + "/statements/" + SELM);
        assertThat(selm.getString("kopfstelle.segments[0].from")).isEqualTo("2020-07-01");
        assertThat(selm.getInt("kopfstelle.segments[0].days")).isEqualTo(184);
        assertThat(selm.getInt("kopfstelle.segments[0].members")).isEqualTo(7);

        List<Map<String, Object>> issued = invoiceAndIssue(run.getLong("id"));
        assertThat(issued).extracting(i -> i.get("recipientAgs"))
                .as("Lünen bears its share as Kopfstelle, uninvoiced").containsExactlyInAnyOrder(
                        BERGKAMEN, BOENEN, SCHWERTE, SELM, UNNA, WERNE);
        assertThat(issued).allSatisfy(i -> assertThat(i).containsEntry("issuerAgs", LUENEN).containsEntry("costType", "KOPFSTELLE"));
        JsonPath selmsInvoices = read("selm", Api.COSTING, "/invoices?year=2020");
        assertThat(selmsInvoices.getList("total", String.class)).containsExactly("1589.89");
        assertThat(selmsInvoices.getList("status", String.class)).containsExactly("ISSUED");
    }

    @Test
    void theCostRunFor2021FollowsTheRecordedInterimDecisionSelmSharesAllYearAlthoughNoParty() {
        ensureEdition(EDITION_2020, "2019-01-01", "2020-12-31", "9350.00", true, "72000.00", "66000.00");

        JsonPath run = CostRuns.finalized("{\"year\":2021,\"editionLabel\":\"" + EDITION_2020
                + "\",\"editionOverrideReason\":\"Für 2021 gilt die zuletzt veröffentlichte KGSt-Ausgabe 2019/2020\"}");

        // K = 22,137.50 for 365 days under the 2019 agreement, shared by the six parties and Selm: 3,162.50 each
        assertThat(run.getString("summary.kopfstelleTotal")).isEqualTo("22137.50");
        assertThat(run.getList("summary.towns.ags", String.class)).containsExactlyInAnyOrderElementsOf(SEVEN);
        assertThat(run.getList("summary.towns.kopfstelle", String.class)).containsOnly("3162.50");
    }

    @Test
    void theCostRunFor2022InvoicesEightEqualSharesAndHolzwickedesInvoiceCarriesTheLeitwegIdEnteredOnceInMembership() {
        ensureEdition(EDITION_2022, "2022-01-01", "2023-12-31", "9700.00", false, "78000.00", "71000.00");
        String newLeitwegId = HOLZWICKEDE + "-0002-" + checkDigits(HOLZWICKEDE + "0002");
        JsonPath town = read("admin", Api.MEMBERSHIP, "/municipalities/" + HOLZWICKEDE);
        String etag = Api.as("admin").get(Api.url(Api.MEMBERSHIP, "/municipalities/" + HOLZWICKEDE)).header("ETag");
        Api.as("admin").header("If-Match", etag).body(Map.of("name", town.getString("name"), "kind", town.getString("kind"),
                        "leitwegId", newLeitwegId, "invoiceAddress", town.getMap("invoiceAddress"), "contact", town.getMap("contact")))
                .put(Api.url(Api.MEMBERSHIP, "/municipalities/" + HOLZWICKEDE)).then().statusCode(200);
        Eventually.within(ARRIVAL, () -> assertThat(read("finance", Api.COSTING, "/billing-parties/" + HOLZWICKEDE)
                .getString("leitwegId")).isEqualTo(newLeitwegId));

        JsonPath run = CostRuns.finalized("{\"year\":2022,\"editionLabel\":\"" + EDITION_2022 + "\"}");

        // K = 0.25 × 78,000.00 + 10 % + 0.25 × 9,700.00 = 23,875.00, shared by eight towns all year: 2,984.375 each
        assertThat(run.getString("summary.kopfstelleTotal")).isEqualTo("23875.00");
        assertThat(run.getList("summary.towns.ags", String.class)).containsExactlyInAnyOrderElementsOf(EIGHT);
        assertThat(run.getList("summary.towns.kopfstelle", String.class)).allMatch(s -> s.equals("2984.37") || s.equals("2984.38"));
        assertThat(sum(run.getList("summary.towns.kopfstelle", String.class))).isEqualByComparingTo("23875.00");

        List<Map<String, Object>> issued = invoiceAndIssue(run.getLong("id"));
        assertThat(issued).extracting(i -> i.get("recipientAgs"))
                .containsExactlyInAnyOrderElementsOf(EIGHT.stream().filter(a -> !a.equals(LUENEN)).toList());
        JsonPath holzwickedes = read("holzwickede", Api.COSTING, "/invoices?year=2022");
        assertThat(holzwickedes.getList("recipientAgs", String.class)).containsExactly(HOLZWICKEDE);
        long invoice = holzwickedes.getLong("[0].id");

        String xml = Api.as("holzwickede").get(Api.url(Api.COSTING, "/invoices/" + invoice + "/xrechnung"))
                .then().statusCode(200).contentType("application/xml").extract().asString();
        assertValidXRechnung(xml);
        assertThat(xml).contains(newLeitwegId).doesNotContain(TestTowns.leitwegId(HOLZWICKEDE));
        Api.as("holzwickede").get(Api.url(Api.COSTING, "/invoices/" + invoice + "/pdf"))
                .then().statusCode(200).contentType("application/pdf");
        Api.as("bergkamen").get(Api.url(Api.COSTING, "/invoices/" + invoice)).then().statusCode(404);
        Api.as("bergkamen").get(Api.url(Api.COSTING, "/invoices/" + invoice + "/xrechnung")).then().statusCode(404);
    }

    /**
     * Selm joined on 1 July 2020: its 2020 invoice is cancelled by a credit note (with all 2020 Kopfstelle invoices,
     * so that a new run may be finalized) and issued again from a new run; each document shows Selm's days of
     * membership as service period and its share, in the PDF and in the XRechnung. Runs after the 2020 cost run test
     * (JUnit's default order sorts by the hash of the method name) and makes that run itself when run alone.
     */
    @Test
    void aCorrectedCostRunFor2020ReissuesSelmsInvoiceAfterCreditNotesWithServicePeriodAndAmountsInPdfAndXRechnung()
            throws IOException {
        if (kopfstelleInvoices2020("ISSUED").isEmpty()) {
            ensureEdition(EDITION_2020, "2019-01-01", "2020-12-31", "9350.00", true, "72000.00", "66000.00");
            invoiceAndIssue(CostRuns.finalized("{\"year\":2020,\"editionLabel\":\"" + EDITION_2020 + "\"}").getLong("id"));
        }
        long first = kopfstelleInvoices2020("ISSUED").stream().filter(i -> SELM.equals(i.get("recipientAgs")))
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
        assertSelmsDocuments(first, "Rechnung Nr. ");

        for (Map<String, Object> invoice : kopfstelleInvoices2020("ISSUED")) {
            Api.as("finance").body(Map.of("reason", "Neuberechnung 2020 nach Korrektur der Stammdaten"))
                    .post(Api.url(Api.COSTING, "/invoices/" + invoice.get("id") + "/cancel")).then().statusCode(201);
        }
        long creditNote = read("finance", Api.COSTING, "/invoices/" + first).getLong("creditNoteId");
        String creditText = assertSelmsDocuments(creditNote, "Gutschrift (Rechnungskorrektur) Nr. ");
        assertThat(creditText).contains("Grund der Stornierung: Neuberechnung 2020 nach Korrektur der Stammdaten")
                .doesNotContain("IBAN");

        List<Map<String, Object>> reissued = invoiceAndIssue(
                CostRuns.finalized("{\"year\":2020,\"editionLabel\":\"" + EDITION_2020 + "\"}").getLong("id"));
        long second = reissued.stream().filter(i -> SELM.equals(i.get("recipientAgs")))
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
        assertSelmsDocuments(second, "Rechnung Nr. ");
        // 2020: invoice 1,589.89 (cancelled, unpaid), credit note −1,589.89, new invoice 1,589.89; the balance
        // over all years is the sum of every document's open amount
        JsonPath selms = read("selm", Api.COSTING, "/invoices");
        assertThat(sum(read("selm", Api.COSTING, "/invoices?year=2020").getList("open", String.class)))
                .isEqualByComparingTo("1589.89");
        assertThat(new BigDecimal(read("selm", Api.COSTING, "/invoices/balance").getString("open")))
                .isEqualByComparingTo(sum(selms.getList("open", String.class)));
    }

    /** Selm's 2020 document as PDF and XRechnung: service period 01.07.–31.12.2020 and 1,589.89 EUR in both. */
    private static String assertSelmsDocuments(long id, String title) throws IOException {
        JsonPath invoice = read("selm", Api.COSTING, "/invoices/" + id);
        assertThat(invoice.getString("serviceFrom")).isEqualTo("2020-07-01");
        assertThat(invoice.getString("serviceUntil")).isEqualTo("2020-12-31");
        assertThat(invoice.getString("total")).isEqualTo("1589.89");
        String xml = Api.as("selm").get(Api.url(Api.COSTING, "/invoices/" + id + "/xrechnung")).then().statusCode(200)
                .extract().asString();
        assertValidXRechnung(xml);
        assertThat(xml).containsPattern("BillingSpecifiedPeriod>\\s*<ram:StartDateTime>\\s*<udt:DateTimeString format=\"102\">20200701")
                .containsPattern("<ram:EndDateTime>\\s*<udt:DateTimeString format=\"102\">20201231")
                .contains("<ram:DuePayableAmount>1589.89</ram:DuePayableAmount>");
        byte[] pdf = Api.as("selm").get(Api.url(Api.COSTING, "/invoices/" + id + "/pdf")).then().statusCode(200)
                .extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(title + invoice.getString("number"), "Leistungszeitraum: 01.07.2020–31.12.2020",
                    "1.589,89 EUR", "184 von 366 Tagen, 1 von 7 Mitgliedern");
            return text;
        }
    }

    private static List<Map<String, Object>> kopfstelleInvoices2020(String status) {
        return read("finance", Api.COSTING, "/invoices?year=2020&status=" + status)
                .getList("findAll { it.costType == 'KOPFSTELLE' && it.kind == 'INVOICE' }");
    }

    @Test
    void theHelpdeskFilesRequestsForSeveralTownsAndEachTownSeesOnlyItsOwn() {
        String bergkamen = helpdeskRequest(BERGKAMEN, "APPLICATION_QUESTION", "PROSOZ-HD-2201",
                "Leistungsbescheid nach § 3 AsylbLG lässt sich nicht drucken");
        String selm = helpdeskRequest(SELM, "TECHNICAL_INCIDENT", "PROSOZ-HD-2202", "Anmeldung am Fachverfahren schlägt fehl");
        String holzwickede = helpdeskRequest(HOLZWICKEDE, "TRAINING_REQUEST", "PROSOZ-HD-2203",
                "Schulung für zwei neue Sachbearbeiterinnen");

        Api.as(Api.HELPDESK_CLIENT).body(Map.of("ags", BERGKAMEN, "category", "APPLICATION_QUESTION",
                        "externalReference", "PROSOZ-HD-2201", "subject", "Leistungsbescheid nach § 3 AsylbLG lässt sich nicht drucken",
                        "description", "Weitergeleitet aus dem PROSOZ-Helpdesk"))
                .post(Api.url(Api.SUPPORT, "/support-requests"))
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(bergkamen));
        assertThat(read(Api.HELPDESK_CLIENT, Api.SUPPORT, "/support-requests?size=500").getList("id", String.class))
                .contains(bergkamen, selm, holzwickede);
        assertThat(read("selm", Api.SUPPORT, "/support-requests?size=500").getList("id", String.class))
                .contains(selm).doesNotContain(bergkamen, holzwickede);
        assertThat(read("selm", Api.SUPPORT, "/support-requests/" + selm).getString("team")).isEqualTo("OPERATOR_IT");
        assertThat(read("holzwickede", Api.SUPPORT, "/support-requests?size=500").getList("id", String.class))
                .contains(holzwickede).doesNotContain(bergkamen, selm);
        Api.as("selm").get(Api.url(Api.SUPPORT, "/support-requests/" + bergkamen)).then().statusCode(404);
        Api.as("bergkamen").get(Api.url(Api.SUPPORT, "/support-requests/" + selm + "/history")).then().statusCode(404);
        assertThat(read("admin", Api.SUPPORT, "/support-requests?size=500").getList("id", String.class))
                .as("operator IT works the technical incident only").contains(selm).doesNotContain(bergkamen, holzwickede);
    }

    @Test
    void aLicenceGrantedInSupportReachesCostingAsLicenceChangedAndIsChargedInTheNextCostRun() {
        String request = Api.as("schwerte").body(Map.of("category", "LICENCE_REQUEST", "subject", "Zwei Zusatzlizenzen",
                        "description", "Zwei weitere Arbeitsplätze im Sozialamt Schwerte ab 2023",
                        "licence", Map.of("product", LICENCE_PRODUCT, "quantity", 2, "effectiveFrom", "2023-01-01")))
                .post(Api.url(Api.SUPPORT, "/support-requests")).then().statusCode(201).extract().path("id");
        Api.as("kopfstelle").body(Map.of("note", "fachlich geprüft")).post(Api.url(Api.SUPPORT, "/support-requests/" + request + "/forward"))
                .then().statusCode(200).body("team", equalTo("OPERATOR_IT"));
        Api.as("admin").body(Map.of("resolution", "Zwei Lizenzen freigeschaltet"))
                .post(Api.url(Api.SUPPORT, "/support-requests/" + request + "/resolve"))
                .then().statusCode(200).body("status", equalTo("RESOLVED"));

        Eventually.within(ARRIVAL, () -> assertThat(Topics.readAll(KafkaTopology.SUPPORT_EVENTS))
                .filteredOn(r -> "ikz.support.LicenceChanged.v1".equals(Topics.header(r, "ce_type")))
                .filteredOn(r -> r.value().contains(request))
                .singleElement().satisfies(r -> assertThat(r.key()).isEqualTo(SCHWERTE)));
        Eventually.within(ARRIVAL, () -> assertThat(read("finance", Api.COSTING,
                "/licences?ags=" + SCHWERTE + "&product=" + LICENCE_PRODUCT + "&on=2023-06-30").getList("count", Integer.class))
                .containsExactly(2));

        Api.as("finance").body(Map.of("year", 2023, "kind", "ADDITIONAL_LICENCES", "label", "Zusatzlizenzen OPEN/PROSOZ",
                        "splitKey", "DIRECT", "unitPrice", "450.00", "product", LICENCE_PRODUCT))
                .post(Api.url(Api.COSTING, "/cost-items")).then().statusCode(201);
        ensureEdition(EDITION_2022, "2022-01-01", "2023-12-31", "9700.00", false, "78000.00", "71000.00");
        JsonPath run = CostRuns.finalized("{\"year\":2023,\"editionLabel\":\"" + EDITION_2022 + "\"}");

        // two licences from 1 January, 450.00 each for the year
        assertThat(run.getString("summary.passThroughTotal")).isEqualTo("900.00");
        assertThat(run.getString("summary.operatorIssuer")).isEqualTo(KREIS_UNNA);
        assertThat(run.getString("summary.towns.find { it.ags == '" + SCHWERTE + "' }.passThrough")).isEqualTo("900.00");
        JsonPath drafts = Api.as("finance").post(Api.url(Api.COSTING, "/cost-runs/" + run.getLong("id") + "/invoices"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(drafts.getList("created.findAll { it.costType == 'PASS_THROUGH' }.recipientAgs", String.class))
                .containsExactly(SCHWERTE);
        long invoice = drafts.getLong("created.find { it.costType == 'PASS_THROUGH' }.id");
        Api.as("finance").post(Api.url(Api.COSTING, "/invoices/" + invoice + "/issue")).then().statusCode(200)
                .body("total", equalTo("900.00"))
                .body("issuerAgs", equalTo(KREIS_UNNA));
        assertValidXRechnung(Api.as("schwerte").get(Api.url(Api.COSTING, "/invoices/" + invoice + "/xrechnung"))
                .then().statusCode(200).extract().asString());
    }

    private static void admin(int status, String method, String path, Object body) {
        Api.as("admin").body(body instanceof JsonNode node ? node.toString() : body)
                .request(method, Api.url(Api.MEMBERSHIP, path)).then().statusCode(status);
    }

    /** The node without one field (the AGS a path already names). */
    private static com.fasterxml.jackson.databind.node.ObjectNode without(JsonNode node, String field) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = node.deepCopy();
        copy.remove(field);
        return copy;
    }

    /** ISO/IEC 7064 MOD 97-10 check digits of a Leitweg-ID's digits (as TestTowns computes them). */
    private static String checkDigits(String digits) {
        return String.format("%02d", 98 - new java.math.BigInteger(digits + "00").mod(java.math.BigInteger.valueOf(97)).intValue());
    }

    private static JsonPath read(String who, String service, String path) {
        return Api.as(who).get(Api.url(service, path)).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> agreementMembersOn(String agreement, String day) {
        return read("finance", Api.MEMBERSHIP, "/agreements/" + agreement + "/members?at=" + day).getList("ags", String.class);
    }

    private static List<String> membersOn(String service, String day) {
        return read("finance", service, "/members?at=" + day).getList("ags", String.class);
    }

    /** Finance enters the KGSt edition (personnel costs illustrative: KGSt's per-grade figures are not known here). */
    private static void ensureEdition(String label, String from, String until, String materialCost,
            boolean materialCostIllustrative, String a11, String eg10) {
        if (read("finance", Api.COSTING, "/kgst-editions").getList("label", String.class).contains(label)) {
            return;
        }
        Api.as("finance").body("""
                {"label":"%s","validFrom":"%s","validUntil":"%s","materialCost":"%s","materialCostIllustrative":%s,
                 "sourceNote":"KGSt report 'Kosten eines Arbeitsplatzes'; personnel costs ILLUSTRATIVE (entered by the system test)",
                 "personnelCosts":[{"payGrade":"A 11 LBesG NRW","annualCost":"%s","illustrative":true},
                                   {"payGrade":"EG 10 TVöD-VKA","annualCost":"%s","illustrative":true}]}"""
                .formatted(label, from, until, materialCost, materialCostIllustrative, a11, eg10))
                .post(Api.url(Api.COSTING, "/kgst-editions")).then().statusCode(201);
    }

    /** Makes the run's draft invoices and issues them all; answers the issued invoices. */
    private static List<Map<String, Object>> invoiceAndIssue(long run) {
        Api.as("finance").post(Api.url(Api.COSTING, "/cost-runs/" + run + "/invoices")).then().statusCode(201);
        List<Map<String, Object>> issued = Api.as("finance").post(Api.url(Api.COSTING, "/cost-runs/" + run + "/invoices/issue"))
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(issued).allSatisfy(i -> {
            assertThat(i).containsEntry("status", "ISSUED");
            assertThat((String) i.get("number")).isNotBlank();
        });
        return issued;
    }

    private static String helpdeskRequest(String ags, String category, String reference, String subject) {
        return Api.as(Api.HELPDESK_CLIENT).body(Map.of("ags", ags, "category", category, "externalReference", reference,
                        "subject", subject, "description", "Weitergeleitet aus dem PROSOZ-Helpdesk"))
                .post(Api.url(Api.SUPPORT, "/support-requests"))
                .then().statusCode(201).body("channel", equalTo("HELPDESK"))
                .extract().path("id");
    }

    private static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertValidXRechnung(String xml) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        // Mustang 2.25.0 throws in its arithmetic check for VAT category O (fixed in 2.26.0); the schematron still runs
        validator.disableArithmeticCheck();
        String report = validator.validate(xml.getBytes(StandardCharsets.UTF_8), "xrechnung.xml");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(xml).contains("urn:xeinkauf.de:kosit:xrechnung_3.0");
    }
}
