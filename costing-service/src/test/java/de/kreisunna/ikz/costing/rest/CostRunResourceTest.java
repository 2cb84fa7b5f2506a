package de.kreisunna.ikz.costing.rest;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CostRunResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    private Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(connector);
    }

    @Test
    void aRunCountsExactlyTheRecordedCostSharingDaysNotPartyPeriodsWithoutThemNorUseWithoutADecision() {
        fixtures.agreement("test-2083", "2083-01-01", "2083-12-31", "05978830", "05978839");
        fixtures.membership("05978831", "Teststadt Partei", "2083-01-01..2083-12-31");
        fixtures.timeline("05978832", "Teststadt Zwischenbeschluss", List.of(), List.of("2083-07-01..2083-12-31:INTERIM_DECISION"));
        fixtures.timeline("05978833", "Teststadt Historie", List.of("2083-01-01..2083-12-31"), List.of());

        JsonPath run = Fixtures.runCostRun("{\"year\":2083,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}");

        // K = 23,875.00; the interim town shares 184 of 365 days with one other: 23,875.00 × 184/365 ÷ 2 = 6,017.808…
        assertThat(run.getList("summary.towns.ags", String.class)).containsExactly("05978831", "05978832");
        assertThat(run.getString("summary.towns.find { it.ags == '05978832' }.kopfstelle")).isEqualTo("6017.81");
        assertThat(run.getString("summary.towns.find { it.ags == '05978831' }.kopfstelle")).isEqualTo("17857.19");
        as(TestTokens.finance()).get("/cost-runs/" + run.getLong("id") + "/statements/05978832").then().statusCode(200)
                .body("kopfstelle.segments[0].from", equalTo("2083-07-01"))
                .body("kopfstelle.segments[0].members", equalTo(2));
    }

    @Test
    void worked2020ThePreviewIsComputedInTheBackgroundAndShowsEachTownsSegments() {
        fixtures.realTowns();

        var started = as(TestTokens.finance()).body("{\"year\":2020,\"editionLabel\":\"2019/2020\"}").post("/cost-runs")
                .then().statusCode(202).header("Location", containsString("/cost-runs/")).extract().jsonPath();
        JsonPath run = Fixtures.awaitRun(started.getLong("id"));

        // K = 0.25 × 72,000.00 + 1,800.00 + 0.25 × 9,350.00 = 22,137.50 (illustrative sample edition 2019/2020);
        // the six: 22,137.50 × (182/366 ÷ 6 + 184/366 ÷ 7) = 3,424.6015…; Selm: 22,137.50 × 184/366 ÷ 7 = 1,589.8907…
        assertThat(run.getString("status")).isEqualTo("DONE");
        assertThat(run.getInt("progress")).isEqualTo(100);
        assertThat(run.getString("stage")).isEqualTo("PREVIEW");
        assertThat(run.getString("summary.kopfstelleTotal")).isEqualTo("22137.50");
        assertThat(run.getString("summary.towns.find { it.ags == '05978004' }.kopfstelle")).isEqualTo("3424.61");
        assertThat(run.getString("summary.towns.find { it.ags == '05978040' }.kopfstelle")).isEqualTo("3424.60");
        assertThat(run.getString("summary.towns.find { it.ags == '05978032' }.kopfstelle")).isEqualTo("1589.89");
        assertThat(run.getList("summary.warnings", String.class)).anyMatch(w -> w.contains("illustrative"));

        as(TestTokens.kopfstelle()).get("/cost-runs/" + run.getLong("id") + "/statements/05978032").then().statusCode(200)
                .body("kopfstelle.amount", equalTo("1589.89"))
                .body("kopfstelle.segments[0].from", equalTo("2020-07-01"))
                .body("kopfstelle.segments[0].days", equalTo(184))
                .body("kopfstelle.segments[0].daysOfYear", equalTo(366))
                .body("kopfstelle.segments[0].members", equalTo(7))
                .body("kopfstelle.basis[0].cost.personnel", equalTo("18000.00"))
                .body("passThrough.technicalSupport", equalTo("0.00"));
        as(TestTokens.finance()).get("/cost-runs/" + run.getLong("id") + "/statements/05978024").then().statusCode(200)
                .body("kopfstelle.ownShare", equalTo(true))
                .body("notes", hasItem(containsString("nicht in Rechnung gestellt")));
    }

    @Test
    void aFinalizedRunRecomputesToTheIdenticalResultWhateverChangesLater() {
        createEdition("TEST-2033", "70000.00");
        fixtures.agreement("test-2033", "2033-01-01", "2033-12-31", "05978701", "05978700");
        fixtures.membership("05978702", "Teststadt A", "2033-01-01..2033-12-31");
        fixtures.membership("05978703", "Teststadt B", "2033-04-01..2033-12-31");
        Fixtures.costItem("{\"year\":2033,\"kind\":\"MAINTENANCE\",\"label\":\"Pflege\",\"splitKey\":\"BY_LICENCES\","
                + "\"amount\":\"500.00\",\"product\":\"P-2033\"}");
        fixtures.licence("05978702", "P-2033", 2, "2033-01-01");
        JsonPath run = Fixtures.runCostRun("{\"year\":2033,\"editionLabel\":\"TEST-2033\",\"payGrade\":\"EG 10 TVöD-VKA\"}");
        long id = run.getLong("id");
        String before = as(TestTokens.finance()).get("/cost-runs/" + id + "/result").asString();
        as(TestTokens.finance()).post("/cost-runs/" + id + "/finalize").then().statusCode(200)
                .body("stage", equalTo("FINALIZED")).body("finalizedBy", equalTo("finance"));

        // every kind of input changes afterwards
        fixtures.membership("05978703", "Teststadt B", "2033-07-01..2033-12-31");
        fixtures.licence("05978703", "P-2033", 5, "2033-02-01");
        Fixtures.costItem("{\"year\":2033,\"kind\":\"OTHER\",\"label\":\"Neu\",\"splitKey\":\"EQUAL\",\"amount\":\"99.99\"}");
        long edition = as(TestTokens.finance()).get("/kgst-editions").jsonPath()
                .getLong("find { it.label == 'TEST-2033' }.id");
        as(TestTokens.finance()).header("If-Match", Fixtures.etag(TestTokens.finance(), "/kgst-editions/" + edition))
                .body(edition("TEST-2033", "99999.00")).put("/kgst-editions/" + edition).then().statusCode(200);

        as(TestTokens.finance()).get("/cost-runs/" + id + "/verification").then().statusCode(200)
                .body("identical", equalTo(true));
        assertThat(as(TestTokens.finance()).get("/cost-runs/" + id + "/result").asString()).isEqualTo(before);
        as(TestTokens.finance()).get("/cost-runs/" + id + "/inputs").then().statusCode(200)
                .body("members.find { it.ags == '05978703' }.periods[0].validFrom", equalTo("2033-04-01"))
                .body("edition.personnelCosts.find { it.payGrade == 'EG 10 TVöD-VKA' }.annualCost", equalTo("70000.00"));
        JsonPath fresh = Fixtures.runCostRun("{\"year\":2033,\"editionLabel\":\"TEST-2033\",\"payGrade\":\"EG 10 TVöD-VKA\"}");
        assertThat(fresh.getString("summary.kopfstelleTotal")).isNotEqualTo(run.getString("summary.kopfstelleTotal"));
    }

    @Test
    void aPreviewWhoseInputsChangedCannotBeFinalizedAndAFinalizedRunNotAgain() {
        fixtures.agreement("test-2034", "2034-01-01", "2034-12-31", "05978711", "05978710");
        fixtures.membership("05978712", "Teststadt C", "2034-01-01..2034-12-31");
        long id = Fixtures.runCostRun("{\"year\":2034,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}").getLong("id");

        Fixtures.costItem("{\"year\":2034,\"kind\":\"MAINTENANCE\",\"label\":\"Pflege\",\"splitKey\":\"EQUAL\",\"amount\":\"100.00\"}");

        as(TestTokens.finance()).post("/cost-runs/" + id + "/finalize").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("cost items"));
        long again = Fixtures.runCostRun("{\"year\":2034,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + again + "/finalize").then().statusCode(200);
        as(TestTokens.finance()).post("/cost-runs/" + again + "/finalize").then().statusCode(409);
        as(TestTokens.finance()).get("/cost-runs/" + id).then().body("stage", equalTo("PREVIEW"));
    }

    @Test
    void aRunThatCannotBeComputedFailsWithItsReason() {
        fixtures.agreement("test-2035", "2035-01-01", "2035-12-31", "05978721", "05978720", "0.25", "[\"A 11 LBesG NRW\"]");
        fixtures.membership("05978722", "Teststadt D", "2035-01-01..2035-12-31");

        JsonPath run = Fixtures.runCostRun("{\"year\":2035,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr\",\"payGrade\":\"EG 10 TVöD-VKA\"}");

        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("error")).contains("not allowed by the cost clause of agreement test-2035");
        as(TestTokens.finance()).post("/cost-runs/" + run.getLong("id") + "/finalize").then().statusCode(409);
    }

    @Test
    void badRequestsAreProblemsNamingTheFieldAndStartNothing() {
        long before = runCount();

        as(TestTokens.finance()).body("{}").post("/cost-runs").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("year"));
        as(TestTokens.finance()).body("{\"year\":1999}").post("/cost-runs").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        as(TestTokens.finance()).body("{\"year\":2022,\"editionLabel\":\"1999/2000\"}").post("/cost-runs")
                .then().statusCode(400).body("violations[0].field", equalTo("editionLabel"));
        as(TestTokens.finance()).body("{\"year\":2022,\"payGrade\":\"A 16\"}").post("/cost-runs")
                .then().statusCode(400).body("violations[0].field", equalTo("payGrade"));
        as(TestTokens.finance()).body("{\"year\":2090}").post("/cost-runs").then().statusCode(409)
                .body("detail", containsString("no KGSt edition is valid on 2090-01-01"));

        assertThat(runCount()).isEqualTo(before);
    }

    @Test
    void onlyFinanceRunsCostsAndATownSeesOnlyItsOwnStatementOfAFinalizedRun() {
        fixtures.agreement("test-2036", "2036-01-01", "2036-12-31", "05978731", "05978730");
        fixtures.membership("05978732", "Teststadt E", "2036-01-01..2036-12-31");
        fixtures.membership("05978733", "Teststadt F", "2036-01-01..2036-12-31");

        as(TestTokens.kopfstelle()).body("{\"year\":2036}").post("/cost-runs").then().statusCode(403);
        as(TestTokens.town("05978732")).body("{\"year\":2036}").post("/cost-runs").then().statusCode(403);
        given().contentType("application/json").body("{\"year\":2036}").post("/cost-runs").then().statusCode(401);
        long id = Fixtures.runCostRun("{\"year\":2036,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}").getLong("id");
        as(TestTokens.town("05978732")).get("/cost-runs/" + id + "/statements/05978732").then().statusCode(404);
        as(TestTokens.town("05978732")).get("/cost-runs/" + id).then().statusCode(403);

        as(TestTokens.finance()).post("/cost-runs/" + id + "/finalize").then().statusCode(200);

        as(TestTokens.town("05978732")).get("/cost-runs/" + id + "/statements/05978732").then().statusCode(200)
                .body("ags", equalTo("05978732"));
        as(TestTokens.town("05978732")).get("/cost-runs/" + id + "/statements/05978733").then().statusCode(404)
                .body("kopfstelle", org.hamcrest.Matchers.nullValue());
        as(TestTokens.admin()).get("/cost-runs/" + id + "/statements/05978733").then().statusCode(200);
    }

    private long runCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM cost_run")
                .getSingleResult()).longValue());
    }

    private static void createEdition(String label, String eg10) {
        as(TestTokens.finance()).body(edition(label, eg10)).post("/kgst-editions").then().statusCode(201);
    }

    private static String edition(String label, String eg10) {
        return """
                {"label":"%s","validFrom":"2033-01-01","validUntil":"2033-12-31","materialCost":"9700.00",
                 "materialCostIllustrative":false,"sourceNote":"test edition",
                 "personnelCosts":[{"payGrade":"A 11 LBesG NRW","annualCost":"80000.00","illustrative":true},
                                   {"payGrade":"EG 10 TVöD-VKA","annualCost":"%s","illustrative":true}]}"""
                .formatted(label, eg10);
    }
}
