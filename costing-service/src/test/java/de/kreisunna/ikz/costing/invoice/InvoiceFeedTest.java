package de.kreisunna.ikz.costing.invoice;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /invoices?issuedSince=…}: what a town's own system fetches to learn of new invoices, page by page. */
@QuarkusTest
class InvoiceFeedTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final String TOWN = "05978761";
    private static final String NEIGHBOUR = "05978762";

    @Inject
    @Any
    InMemoryConnector connector;

    private Fixtures fixtures;
    private LocalDate yesterday;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(connector);
        yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1);
    }

    @Test
    void aTownsSystemPagesThroughItsIssuedInvoicesAndCreditNotesInIssueOrderWithoutRepeatsOrGaps() {
        invoiceBothTowns();
        List<Map<String, Object>> expected = issuedTo(TOWN);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        String system = TestTokens.townSystem("town-system-feedtest", TOWN);

        List<Object> fetched = new ArrayList<>();
        String url = "/invoices?issuedSince=" + yesterday + "&limit=1";
        int pages = 0;
        while (url != null) {
            Response page = as(system).get(url).then().statusCode(200).extract().response();
            List<Object> ids = page.jsonPath().getList("id");
            assertThat(page.jsonPath().getList("recipientAgs", String.class)).containsOnly(TOWN);
            fetched.addAll(ids);
            pages++;
            url = next(page);
            if (url != null) {
                assertThat(ids).hasSize(1);
            }
        }

        assertThat(fetched).containsExactlyElementsOf(expected.stream().map(i -> i.get("id")).toList());
        assertThat(pages).isEqualTo(expected.size());
    }

    @Test
    void anotherTownsSystemGetsOnlyItsOwnInvoicesAndNothingIssuedBeforeTheDayAsked() {
        invoiceBothTowns();
        String neighbourSystem = TestTokens.townSystem("town-system-feedneighbour", NEIGHBOUR);

        List<String> recipients = as(neighbourSystem).get("/invoices?issuedSince=" + yesterday + "&limit=500")
                .then().statusCode(200).extract().jsonPath().getList("recipientAgs", String.class);
        assertThat(recipients).isNotEmpty().containsOnly(NEIGHBOUR);
        as(neighbourSystem).get("/invoices?issuedSince=" + yesterday.plusDays(3))
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aBadDayPositionOrPageSizeIsRefusedNamingTheParameter() {
        String system = TestTokens.townSystem("town-system-feedtest", TOWN);
        badRequest(system, "/invoices?issuedSince=gestern", "issuedSince");
        badRequest(system, "/invoices?issuedSince=" + yesterday + "&limit=0", "limit");
        badRequest(system, "/invoices?issuedSince=" + yesterday + "&limit=501", "limit");
        badRequest(system, "/invoices?issuedSince=" + yesterday + "&after=12", "after");
        badRequest(system, "/invoices?after=2026-11-20.12", "after");
        badRequest(TestTokens.finance(), "/invoices?issuedSince=" + yesterday + "&year=2039", "issuedSince");
    }

    private static void badRequest(String token, String url, String field) {
        as(token).get(url).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    /** Issues a run's invoices to both towns (once per test run), then cancels one of TOWN's: a credit note more. */
    private void invoiceBothTowns() {
        if (!issuedTo(TOWN).isEmpty()) {
            return;
        }
        int year = 2039;
        String issuer = TOWN.substring(0, 7) + "0";
        String operator = TOWN.substring(0, 7) + "9";
        Fixtures.billingParty(issuer, "Kopfstelle Feed");
        Fixtures.billingParty(operator, "Betreiber Feed");
        Fixtures.billingParty(TOWN, "Feedstadt");
        Fixtures.billingParty(NEIGHBOUR, "Nachbarstadt");
        fixtures.agreement("feed-" + year, year + "-01-01", year + "-12-31", issuer, operator);
        fixtures.membership(TOWN, "Feedstadt", year + "-01-01.." + year + "-12-31");
        fixtures.membership(NEIGHBOUR, "Nachbarstadt", year + "-01-01.." + year + "-12-31");
        Fixtures.costItem("{\"year\":" + year + ",\"kind\":\"MAINTENANCE\",\"label\":\"Pflege\",\"splitKey\":\"EQUAL\","
                + "\"amount\":\"900.00\"}");
        long run = Fixtures.runCostRun("{\"year\":" + year + ",\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201);
        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices/issue").then().statusCode(200);
        long first = ((Number) issuedTo(TOWN).get(0).get("id")).longValue();
        as(TestTokens.finance()).body("{\"reason\":\"Feed-Test\"}").post("/invoices/" + first + "/cancel")
                .then().statusCode(201);
    }

    /** Every non-draft invoice of the town in the feed's order, as finance sees them. */
    private static List<Map<String, Object>> issuedTo(String ags) {
        List<Map<String, Object>> all = as(TestTokens.finance()).get("/invoices?recipient=" + ags)
                .then().statusCode(200).extract().jsonPath().getList("");
        return all.stream().filter(i -> i.get("issueDate") != null)
                .sorted(Comparator.comparing((Map<String, Object> i) -> (String) i.get("issueDate"))
                        .thenComparing(i -> ((Number) i.get("id")).longValue()))
                .toList();
    }

    private static String next(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        assertThat(m.find()).as("Link header " + link).isTrue();
        URI uri = URI.create(m.group(1));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
