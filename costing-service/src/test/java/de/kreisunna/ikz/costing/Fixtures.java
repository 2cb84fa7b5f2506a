package de.kreisunna.ikz.costing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.costing.agreement.AgreementChangedV1;
import de.kreisunna.ikz.costing.licence.LicenceChangedV1;
import de.kreisunna.ikz.costing.messaging.SupportEventsConsumer;
import de.kreisunna.ikz.membership.projection.MembershipChangedV1;
import de.kreisunna.ikz.membership.projection.MembershipEventsConsumer;
import de.kreisunna.ikz.platform.einvoice.LeitwegId;
import de.kreisunna.ikz.testing.TestEvents;
import de.kreisunna.ikz.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data through the real ways in: membership, agreement and licence events into the in-memory channels,
 * everything else over the API. Every @QuarkusTest shares one application and database, so each test uses
 * its own year and towns (membership periods and agreements bounded to that year).
 */
public final class Fixtures {

    public static final String LUENEN = "05978024";
    public static final String KREIS_UNNA = "05978";
    public static final String A11 = "A 11 LBesG NRW";
    public static final String EG10 = "EG 10 TVöD-VKA";
    /** Revisions must only grow across the whole test run, whichever test sends first. */
    private static final AtomicLong REVISIONS = new AtomicLong(System.currentTimeMillis());
    /**
     * What was last sent per town: membership events carry the whole state (timeline, cost sharing, master data),
     * so a change of one part resends the others as membership-service would.
     */
    private static final Map<String, Town> TOWNS = new ConcurrentHashMap<>();

    private record Town(String name, List<String> periods, List<String> costSharing, String masterData) {
    }

    private final InMemoryConnector connector;

    public Fixtures(InMemoryConnector connector) {
        this.connector = connector;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * The real towns with their real history, bounded at 2025-12-31 so that they do not leak into the later
     * years other tests use: six towns from 2019, Holzwickede and Selm parties from 2022, Selm sharing costs by
     * the recorded interim decision from 1 Jul 2020; the first agreement until 2021, the second from 2022.
     * Sending it again changes nothing.
     */
    public void realTowns() {
        for (String[] town : new String[][] {{"05978004", "Stadt Bergkamen"}, {"05978008", "Gemeinde Bönen"},
                {LUENEN, "Stadt Lünen"}, {"05978028", "Stadt Schwerte"}, {"05978036", "Kreisstadt Unna"},
                {"05978040", "Stadt Werne"}}) {
            membership(town[0], town[1], "2019-01-01..2025-12-31");
        }
        timeline("05978032", "Stadt Selm", List.of("2022-01-01..2025-12-31"),
                List.of("2020-07-01..2021-12-31:INTERIM_DECISION", "2022-01-01..2025-12-31:PARTY"));
        membership("05978016", "Gemeinde Holzwickede", "2022-01-01..2025-12-31");
        for (String ags : List.of("05978004", "05978008", "05978016", LUENEN, "05978028", "05978032", "05978036", "05978040", KREIS_UNNA)) {
            masterData(ags, TOWNS.containsKey(ags) ? TOWNS.get(ags).name() : "Kreis Unna", LeitwegId.withCheckDigits(ags, "0001"));
        }
        agreement("ikz-asylblg-2019", "2019-01-01", "2021-12-31", LUENEN, KREIS_UNNA);
        agreement("ikz-asylblg-2022", "2022-01-01", "2025-12-31", LUENEN, KREIS_UNNA);
    }

    /** A town's whole timeline, each party period ("from..until", until may be empty) also sharing costs as party. */
    public void membership(String ags, String name, String... periods) {
        timeline(ags, name, List.of(periods), List.of(periods).stream().map(p -> p + ":PARTY").toList());
    }

    /**
     * A town's party periods and, separately, the days it shares costs ("from..until:BASIS", BASIS one of PARTY,
     * AGREEMENT_CLAUSE, INTERIM_DECISION), as membership-service publishes them.
     */
    public void timeline(String ags, String name, List<String> periods, List<String> costSharing) {
        Town previous = TOWNS.get(ags);
        Town town = new Town(name, periods, costSharing, previous == null ? null : previous.masterData());
        TOWNS.put(ags, town);
        publish(ags, town);
    }

    private void publish(String ags, Town town) {
        StringBuilder json = new StringBuilder("{\"ags\":\"" + ags + "\",\"name\":\"" + town.name() + "\",\"revision\":"
                + REVISIONS.incrementAndGet() + ",\"periods\":[");
        for (int i = 0; i < town.periods().size(); i++) {
            json.append(i == 0 ? "" : ",").append(days(town.periods().get(i)));
        }
        json.append("],\"costSharing\":[");
        for (int i = 0; i < town.costSharing().size(); i++) {
            String[] share = town.costSharing().get(i).split(":");
            String period = days(share[0]);
            json.append(i == 0 ? "" : ",").append(period, 0, period.length() - 1)
                    .append(",\"basis\":\"").append(share[1]).append("\",\"agreementId\":\"test\",\"assumption\":false}");
        }
        json.append(']').append(town.masterData() == null ? "" : "," + town.masterData()).append('}');
        send(MembershipEventsConsumer.CHANNEL, MembershipChangedV1.TYPE, ags, json.toString());
    }

    private static String days(String period) {
        String[] p = period.split("\\.\\.", -1);
        return "{\"validFrom\":\"" + p[0] + "\",\"validUntil\":" + (p[1].isEmpty() ? "null" : "\"" + p[1] + "\"") + "}";
    }

    /** An agreement in force over the given days with the standard cost clause (0.25 FTE, 10 %, ¼). */
    public void agreement(String id, String inForceFrom, String endedOn, String kopfstelle, String operator) {
        agreement(id, inForceFrom, endedOn, kopfstelle, operator, "0.25", "[\"" + A11 + "\",\"" + EG10 + "\"]");
    }

    public void agreement(String id, String inForceFrom, String endedOn, String kopfstelle, String operator, String fte,
            String payGrades) {
        String json = """
                {"agreementId":"%s","title":"Öffentlich-rechtliche Vereinbarung %s","subject":"AsylbLG",
                 "legalBasis":"§ 23 GkG NRW","status":"%s","concludedOn":"%s","inForceFrom":"%s","endedOn":%s,
                 "predecessorId":null,"successorId":null,"revision":%d,
                 "parties":[{"ags":"%s","name":"Operator","role":"OPERATOR"},{"ags":"%s","name":"Kopfstelle","role":"KOPFSTELLE"}],
                 "costClause":{"fte":%s,"payGrades":%s,"overheadRate":0.10,"materialCostShare":0.25,"allocation":"EQUAL"},
                 "noticeRule":{"noticePeriodMonths":12,"effectiveAt":"END_OF_CALENDAR_YEAR","note":null}}"""
                .formatted(id, id, endedOn == null ? "IN_FORCE" : "TERMINATED", inForceFrom, inForceFrom,
                        endedOn == null ? "null" : "\"" + endedOn + "\"", REVISIONS.incrementAndGet(), operator, kopfstelle,
                        fte, payGrades);
        send(MembershipEventsConsumer.CHANNEL, AgreementChangedV1.TYPE, id, json);
    }

    public void licence(String ags, String product, int quantity, String effectiveFrom) {
        send(SupportEventsConsumer.CHANNEL, LicenceChangedV1.TYPE, ags, """
                {"requestId":"%s","ags":"%s","product":"%s","quantity":%d,"effectiveFrom":"%s"}"""
                .formatted(UUID.randomUUID(), ags, product, quantity, effectiveFrom));
    }

    /** Sends an event and returns how it was settled: empty if acknowledged, the cause if rejected. */
    public Optional<Throwable> send(String channel, String type, String subject, String json) {
        var delivery = TestEvents.tracked(TestEvents.cloudEvent(type, subject, json));
        connector.source(channel).send(delivery.message());
        return delivery.awaitOutcome();
    }

    /**
     * A party invoices can go to and come from: its master data (a valid Leitweg-ID, invoice address, contact) as
     * membership-service publishes it, and bank details entered by finance, so it can also issue.
     */
    public static void billingParty(String ags, String name) {
        new Fixtures(CDI.current().select(InMemoryConnector.class, Any.Literal.INSTANCE).get())
                .masterData(ags, name, LeitwegId.withCheckDigits(ags, "0001"));
        bankDetails(ags, "{\"iban\":\"DE30000000000005978024\",\"bic\":\"XXXXDEXXXXX\",\"illustrative\":true}");
    }

    /** Enters or replaces a party's bank details as finance does: replacing names the version read (If-Match). */
    public static void bankDetails(String ags, String body) {
        String path = "/billing-parties/" + ags;
        RequestSpecification put = as(TestTokens.finance()).body(body);
        String etag = as(TestTokens.finance()).get(path).header("ETag");
        if (etag != null && !etag.equals("\"-1\"")) {
            put = put.header("If-Match", etag);
        }
        put.put(path).then().statusCode(200);
    }

    /** The ETag a GET of {@code path} answers, for a change that must name the version it was made from. */
    public static String etag(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The master data membership-service publishes for a town; {@code leitwegId} may be null (none recorded). */
    public void masterData(String ags, String recipient, String leitwegId) {
        Town previous = TOWNS.getOrDefault(ags, new Town(recipient, List.of(), List.of(), null));
        String master = """
                "leitwegId":%s,"invoiceAddress":{"recipient":"%s","street":"Teststraße 1","postalCode":"59425","city":"Unna"},
                "contact":{"name":"Test","email":"rechnung@%s.example","phone":"+49 0000 000000"}"""
                .formatted(leitwegId == null ? "null" : "\"" + leitwegId + "\"", recipient, ags);
        Town town = new Town(previous.name(), previous.periods(), previous.costSharing(), master);
        TOWNS.put(ags, town);
        publish(ags, town);
    }

    public static void costItem(String json) {
        as(TestTokens.finance()).body(json).post("/cost-items").then().statusCode(201);
    }

    /** Starts a preview and waits for the background job; returns the run. */
    public static JsonPath runCostRun(String body) {
        long id = as(TestTokens.finance()).body(body).post("/cost-runs").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        return awaitRun(id);
    }

    public static JsonPath awaitRun(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonPath run = as(TestTokens.finance()).get("/cost-runs/" + id).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            assertThat(System.nanoTime()).as("cost run %d still running", id).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static List<Integer> ids(JsonPath path, String expression) {
        return path.getList(expression, Integer.class);
    }
}
