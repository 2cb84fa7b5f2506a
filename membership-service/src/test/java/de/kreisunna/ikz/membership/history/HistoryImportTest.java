package de.kreisunna.ikz.membership.history;

import static de.kreisunna.ikz.membership.TestApi.as;
import static de.kreisunna.ikz.membership.TestApi.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kreisunna.ikz.membership.agreement.AgreementChanged;
import de.kreisunna.ikz.membership.municipality.MembershipChanged;
import de.kreisunna.ikz.testing.EventSchemas;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real history of DOMAIN.md, loaded from the very file the local stack loads. */
@QuarkusTest
class HistoryImportTest {

    private static final Path DATA_SET = EventSchemas.projectRoot().resolve("deployment/data/ikz-history.json");
    private static final List<String> TOWNS = List.of("05978004", "05978008", "05978016", "05978024", "05978028", "05978032",
            "05978036", "05978040");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void theHistoryYieldsSixPartiesFromTheEntryIntoForceOf2019AndEightFrom2022WithSelmOnlyUsingTheProcedureBefore() {
        importHistoryOnce();

        asAdmin().get("/agreements/ikz-asylblg-2019/members?at=2019-12-13").then().statusCode(200).body("$", hasSize(0));
        asAdmin().get("/agreements/ikz-asylblg-2019/members?at=2019-12-14").then().statusCode(200).body("$", hasSize(6))
                .body("name", contains("Bergkamen", "Bönen", "Lünen", "Schwerte", "Unna", "Werne"));
        asAdmin().get("/agreements/ikz-asylblg-2019/members?at=2020-07-01").then().body("$", hasSize(6));
        asAdmin().get("/agreements/ikz-asylblg-2019").then().body("inForceFrom", equalTo("2019-12-14"))
                .body("costSharingFrom.from", equalTo("2019-01-01"))
                .body("publication.publishedOn", equalTo("2019-12-13"));
        asAdmin().get("/municipalities/05978032").then().body("goLiveOn", equalTo("2020-07-01"))
                .body("memberships.validFrom", contains("2022-01-01"))
                .body("costSharing.basis", contains("INTERIM_DECISION", "PARTY"))
                .body("costSharing[0].validUntil", equalTo("2021-12-31"))
                .body("costSharing[0].assumption", equalTo(true));
        asAdmin().get("/agreements/ikz-asylblg-2021/members?at=2021-12-31").then().body("$", hasSize(0));
        asAdmin().get("/agreements/ikz-asylblg-2019/members?at=2022-01-01").then().body("$", hasSize(0));
        asAdmin().get("/agreements/ikz-asylblg-2021/members?at=2022-01-01").then().body("$", hasSize(8))
                .body("ags", contains(TOWNS.toArray()));
    }

    @Test
    void thePublishedTimelinesCountTheSameMembersWithoutAGapAtTheHandOver() throws Exception {
        importHistoryOnce();
        var schema = EventSchemas.of("membership-service", "membership-changed.v1.json");

        List<JsonNode> timelines = TOWNS.stream().map(ags -> latestEvent(MembershipChanged.TYPE, ags)).toList();

        assertThat(timelines).allSatisfy(t -> assertThat(EventSchemas.violations(schema, t.toString())).isEmpty());
        assertThat(daysIn(timelines, "periods", "2019-06-30")).isZero();
        assertThat(daysIn(timelines, "periods", "2019-12-31")).isEqualTo(6);
        assertThat(daysIn(timelines, "periods", "2020-07-01")).isEqualTo(6);
        assertThat(daysIn(timelines, "periods", "2022-01-01")).isEqualTo(8);
        assertThat(daysIn(timelines, "costSharing", "2019-06-30")).isEqualTo(6);
        assertThat(daysIn(timelines, "costSharing", "2020-06-30")).isEqualTo(6);
        assertThat(daysIn(timelines, "costSharing", "2020-07-01")).isEqualTo(7);
        assertThat(daysIn(timelines, "costSharing", "2021-12-31")).isEqualTo(7);
        assertThat(daysIn(timelines, "costSharing", "2022-01-01")).isEqualTo(8);
        assertThat(timelines.get(0).get("leitwegId").asText()).isEqualTo("05978004-0001-47");
        assertThat(timelines.get(0).get("invoiceAddress").get("postalCode").asText()).isEqualTo("59192");
        JsonNode bergkamen = timelines.get(0).get("periods");
        assertThat(bergkamen).hasSize(2);
        assertThat(bergkamen.get(0).get("validFrom").asText()).isEqualTo("2019-12-14");
        assertThat(timelines.get(0).get("costSharing").get(0).get("basis").asText()).isEqualTo("AGREEMENT_CLAUSE");
        assertThat(bergkamen.get(0).get("validUntil").asText()).isEqualTo("2021-12-31");
        assertThat(bergkamen.get(0).get("agreementId").asText()).isEqualTo("ikz-asylblg-2019");
        assertThat(bergkamen.get(1).get("validFrom").asText()).isEqualTo("2022-01-01");
        assertThat(bergkamen.get(1).get("agreementId").asText()).isEqualTo("ikz-asylblg-2021");
        assertThat(bergkamen.get(1).get("goLiveOn").asText()).isEqualTo("2019-01-01");
    }

    @Test
    void theAgreementsArePublishedWithStatusChainPartiesAndCostClause() {
        importHistoryOnce();
        var schema = EventSchemas.of("membership-service", "agreement-changed.v1.json");

        JsonNode old = latestEvent(AgreementChanged.TYPE, "ikz-asylblg-2019");
        JsonNode successor = latestEvent(AgreementChanged.TYPE, "ikz-asylblg-2021");

        assertThat(EventSchemas.violations(schema, old.toString())).isEmpty();
        assertThat(EventSchemas.violations(schema, successor.toString())).isEmpty();
        assertThat(old.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.get("endedOn").asText()).isEqualTo("2021-12-31");
        assertThat(old.get("successorId").asText()).isEqualTo("ikz-asylblg-2021");
        assertThat(successor.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(successor.get("predecessorId").asText()).isEqualTo("ikz-asylblg-2019");
        assertThat(successor.get("parties")).hasSize(10);
        assertThat(successor.get("parties").get(0).get("name").asText()).isEqualTo("Kreis Unna");
        assertThat(successor.get("costClause").get("overheadRate").decimalValue()).isEqualByComparingTo("0.10");
    }

    @Test
    void theChronologyTellsTheRealStoryInOrder() {
        importHistoryOnce();

        as(TestTokens.kopfstelle()).get("/chronology?ags=05978004").then().statusCode(200)
                .body("description", hasItems(
                        "Rat of Bergkamen: decision approved on the agreement of '" + title("ikz-asylblg-2019") + "', paper 11/1532",
                        "Bergkamen continues under '" + title("ikz-asylblg-2021") + "' without a gap"));
        as(TestTokens.kopfstelle()).get("/agreements/ikz-asylblg-2021/resolutions").then()
                .body("findAll { it.ags == '05978' }.body", contains("BUERGERMEISTERKONFERENZ", "KREISAUSSCHUSS", "KREISTAG"))
                .body("findAll { it.ags == '05978' }.paperNumber", contains(null, "215/21", "215/21"));
        as(TestTokens.town("05978016")).get("/agreements").then().body("agreementId", contains("ikz-asylblg-2021"));
        as(TestTokens.kopfstelle()).get("/chronology?ags=05978032").then().statusCode(200)
                .body("findAll { it.date == '2020-07-01' }.kind", contains("GO_LIVE", "COST_SHARING"))
                .body("find { it.kind == 'COST_SHARING' }.description", containsString("ASSUMPTION"))
                .body("find { it.kind == 'ACCESSION' }.date", equalTo("2022-01-01"));
    }

    @Test
    void importingTheHistoryAgainIsRefusedAndChangesNothing() throws IOException {
        importHistoryOnce();
        long events = outboxSize();

        asAdmin().body(Files.readString(DATA_SET)).post("/history-import").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("imported already"));

        assertThat(outboxSize()).isEqualTo(events);
    }

    @Test
    void onlyTheAdminImportsAndABrokenDocumentIsRefusedSayingWhere() throws IOException {
        as(TestTokens.kopfstelle()).body(Files.readString(DATA_SET)).post("/history-import").then().statusCode(403);

        ObjectNode broken = (ObjectNode) json.readTree(Files.readString(DATA_SET));
        ObjectNode first = (ObjectNode) broken.get("agreements").get(0);
        ((ObjectNode) first.get("agreement")).put("id", "broken-history-2019");
        first.putArray("resolutions");
        broken.putArray("agreements").add(first);
        asAdmin().body(broken.toString()).post("/history-import").then().statusCode(409)
                .body("detail", containsString("agreements[0]: agreement broken-history-2019 cannot be concluded"))
                .body("violations[0].field", equalTo("agreements[0].parties[05978]"));
        asAdmin().get("/agreements/broken-history-2019").then().statusCode(404);

        broken.remove("title");
        asAdmin().body(broken.toString()).post("/history-import").then().statusCode(400)
                .body("violations[0].field", equalTo("title"));
    }

    private static void importHistoryOnce() {
        if (asAdmin().get("/agreements/ikz-asylblg-2019").statusCode() == 404) {
            try {
                asAdmin().body(Files.readString(DATA_SET)).post("/history-import").then().statusCode(200)
                        .body("agreements", contains("ikz-asylblg-2019", "ikz-asylblg-2021"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + DATA_SET, e);
            }
        }
    }

    private static String title(String agreementId) {
        return asAdmin().get("/agreements/" + agreementId).then().extract().path("title");
    }

    /** The newest state of one subject in the outbox: what consumers end up with, whoever imported first. */
    private JsonNode latestEvent(String type, String subject) {
        String payload = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                SELECT CAST(payload AS text) FROM outbox_event WHERE event_type = ?1 AND subject = ?2
                ORDER BY position DESC LIMIT 1""").setParameter(1, type).setParameter(2, subject).getSingleResult());
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many towns have a period in {@code field} ("periods": parties, "costSharing": sharing costs) on the day. */
    private static long daysIn(List<JsonNode> timelines, String field, String day) {
        LocalDate date = LocalDate.parse(day);
        return timelines.stream().filter(t -> {
            for (JsonNode p : t.get(field)) {
                boolean started = !LocalDate.parse(p.get("validFrom").asText()).isAfter(date);
                boolean notEnded = p.get("validUntil").isNull() || !LocalDate.parse(p.get("validUntil").asText()).isBefore(date);
                if (started && notEnded) {
                    return true;
                }
            }
            return false;
        }).count();
    }

    private long outboxSize() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult()).longValue());
    }
}
