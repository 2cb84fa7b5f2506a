package de.kreisunna.ikz.costing.rest;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** KGSt editions, billing parties and cost items: maintained by finance, with ETags and field-level problems. */
@QuarkusTest
class MasterDataResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private Fixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = new Fixtures(connector);
    }


    private static final String EDITION = """
            {"label":"%s","validFrom":"2070-01-01","validUntil":"2071-12-31","materialCost":"%s",
             "materialCostIllustrative":true,"sourceNote":"test",
             "personnelCosts":[{"payGrade":"A 11 LBesG NRW","annualCost":"90000.00","illustrative":true}]}""";

    @Test
    void masterDataListsArePagedAndRefuseUnknownFilters() {
        Response first = as(TestTokens.finance()).get("/kgst-editions?size=1");
        first.then().statusCode(200).body("size()", equalTo(1)).header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .header("Link", containsString("rel=\"first\""));
        as(TestTokens.finance()).get("/cost-items?yaer=2071").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("yaer"));
        as(TestTokens.finance()).get("/cost-runs?page=0").then().statusCode(400).body("violations[0].field", equalTo("page"));
    }

    @Test
    void theShippedEditionsSayWhichFiguresAreIllustrative() {
        as(TestTokens.kopfstelle()).get("/kgst-editions").then().statusCode(200)
                .body("find { it.label == '2022/2023' }.materialCost", equalTo("9700.00"))
                .body("find { it.label == '2022/2023' }.materialCostIllustrative", equalTo(false))
                .body("find { it.label == '2022/2023' }.personnelCosts.illustrative", org.hamcrest.Matchers.everyItem(equalTo(true)))
                .body("find { it.label == '2022/2023' }.personnelCosts.payGrade", hasItem("EG 10 TVöD-VKA"))
                .body("find { it.label == '2019/2020' }.materialCostIllustrative", equalTo(true))
                .body("find { it.label == '2022/2023' }.sourceNote", containsString("ILLUSTRATIVE"));
    }

    @Test
    void financeMaintainsAnEditionAndAStaleOrWeakTagIs412AndNoTagIs428() {
        Response created = as(TestTokens.finance()).body(EDITION.formatted("2070/2071", "9999.00")).post("/kgst-editions");
        created.then().statusCode(201).header("ETag", "\"0\"");
        long id = created.jsonPath().getLong("id");

        as(TestTokens.finance()).header("If-Match", "\"0\"").body(EDITION.formatted("2070/2071", "10000.00"))
                .put("/kgst-editions/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("materialCost", equalTo("10000.00"));
        as(TestTokens.finance()).header("If-Match", "\"0\"").body(EDITION.formatted("2070/2071", "1.00"))
                .put("/kgst-editions/" + id).then().statusCode(412).contentType("application/problem+json");
        as(TestTokens.finance()).header("If-Match", "W/\"1\"").body(EDITION.formatted("2070/2071", "1.00"))
                .put("/kgst-editions/" + id).then().statusCode(412);
        as(TestTokens.finance()).body(EDITION.formatted("2070/2071", "1.00"))
                .put("/kgst-editions/" + id).then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("send If-Match"));

        as(TestTokens.finance()).get("/kgst-editions/" + id).then().body("materialCost", equalTo("10000.00"));
        as(TestTokens.finance()).body(EDITION.formatted("2070/2071", "1.00")).post("/kgst-editions").then().statusCode(409);
    }

    @Test
    void badEditionsAreProblemsNamingTheFieldAndOnlyFinanceWrites() {
        as(TestTokens.finance()).body(EDITION.formatted("2072/2073", "12.345")).post("/kgst-editions").then().statusCode(400)
                .body("violations[0].field", equalTo("materialCost"));
        as(TestTokens.finance()).body(EDITION.formatted("", "1.00")).post("/kgst-editions").then().statusCode(400)
                .body("violations[0].field", equalTo("label"));
        as(TestTokens.finance()).body(EDITION.formatted("2072/2073", "1.00").replace("2071-12-31", "2069-12-31"))
                .post("/kgst-editions").then().statusCode(400).body("violations[0].field", equalTo("validUntil"));
        as(TestTokens.kopfstelle()).body(EDITION.formatted("2072/2073", "1.00")).post("/kgst-editions").then().statusCode(403);
        as(TestTokens.town("05978004")).get("/kgst-editions").then().statusCode(403);
        as(TestTokens.finance()).get("/kgst-editions").then().body("label", org.hamcrest.Matchers.not(hasItem("2072/2073")));
    }

    @Test
    void aBillingPartyShowsTheMasterDataEnteredOnceInMembershipAndKeepsOnlyItsBankDetails() {
        fixtures.masterData("05978850", "Stadt Teststadt, Fachbereich Soziales", "05978850-0001-00");

        as(TestTokens.finance()).get("/billing-parties/05978850").then().statusCode(200)
                .body("leitwegId", equalTo("05978850-0001-00")).body("postalCode", equalTo("59425"))
                .body("name", equalTo("Stadt Teststadt, Fachbereich Soziales")).body("email", equalTo("rechnung@05978850.example"))
                .body("iban", org.hamcrest.Matchers.nullValue());
        as(TestTokens.finance()).body("{\"iban\":\"DE31000000000005978024\"}")
                .put("/billing-parties/05978850").then().statusCode(400).body("violations[0].field", equalTo("iban"));
        as(TestTokens.finance()).body("{\"iban\":\"DE30000000000005978024\",\"bic\":\"XXXXDEXXXXX\"}")
                .put("/billing-parties/05978850").then().statusCode(200).header("ETag", "\"0\"")
                .body("iban", equalTo("DE30000000000005978024")).body("leitwegId", equalTo("05978850-0001-00"));
        as(TestTokens.finance()).header("If-Match", "\"7\"").body("{\"iban\":\"DE30000000000005978024\"}")
                .put("/billing-parties/05978850").then().statusCode(412);
        as(TestTokens.finance()).body("{\"iban\":\"DE30000000000005978024\"}")
                .put("/billing-parties/05978850").then().statusCode(428);
        as(TestTokens.finance()).header("If-Match", "\"0\"").body("{\"iban\":\"DE30000000000005978024\",\"bic\":\"XXXXDEXXXXX\",\"illustrative\":true}")
                .put("/billing-parties/05978850").then().statusCode(200).header("ETag", "\"1\"");
        as(TestTokens.kopfstelle()).body("{\"iban\":\"DE30000000000005978024\"}").put("/billing-parties/05978850").then().statusCode(403);
        as(TestTokens.finance()).body("{\"iban\":\"DE30000000000005978024\"}").put("/billing-parties/05978859")
                .then().statusCode(404).body("detail", containsString("register it in membership-service first"));

        as(TestTokens.town("05978850")).get("/billing-parties/05978850").then().statusCode(200);
        as(TestTokens.town("05978850")).get("/billing-parties/05978").then().statusCode(404);
        as(TestTokens.finance()).get("/billing-parties/05978").then().statusCode(200).body("iban", equalTo("DE38000000000000005978"));
    }

    @Test
    void costItemsFollowTheRulesOfTheirSplitKey() {
        as(TestTokens.finance()).body("{\"year\":2071,\"kind\":\"ADDITIONAL_LICENCES\",\"label\":\"Lizenzen\",\"splitKey\":\"DIRECT\"}")
                .post("/cost-items").then().statusCode(400).body("violations[0].field", equalTo("unitPrice"));
        as(TestTokens.finance()).body("{\"year\":2071,\"kind\":\"MAINTENANCE\",\"label\":\"Pflege\",\"splitKey\":\"SOMETIMES\","
                + "\"amount\":\"1.00\"}").post("/cost-items").then().statusCode(400)
                .body("violations[0].field", equalTo("splitKey"));
        as(TestTokens.finance()).body("{\"year\":2071,\"kind\":\"MAINTENANCE\",\"label\":\"Pflege\",\"splitKey\":\"EQUAL\","
                + "\"amount\":\"1.00\",\"ags\":\"05978004\"}").post("/cost-items").then().statusCode(400)
                .body("violations[0].field", equalTo("ags"));
        as(TestTokens.finance()).body("{\"year\":2071,\"kind\":\"ADDITIONAL_LICENCES\",\"label\":\"Lizenzen\",\"splitKey\":\"DIRECT\","
                + "\"unitPrice\":\"120.00\",\"ags\":\"05978004\",\"count\":3,\"validFrom\":\"2072-01-01\"}")
                .post("/cost-items").then().statusCode(400).body("violations[0].field", equalTo("validFrom"));

        Response created = as(TestTokens.finance()).body("{\"year\":2071,\"kind\":\"ADDITIONAL_LICENCES\",\"label\":\"Lizenzen\","
                + "\"splitKey\":\"DIRECT\",\"unitPrice\":\"120.00\",\"ags\":\"05978004\",\"count\":3}").post("/cost-items");
        created.then().statusCode(201).body("unitPrice", equalTo("120.00"));
        long id = created.jsonPath().getLong("id");
        as(TestTokens.finance()).header("If-Match", "\"5\"").delete("/cost-items/" + id).then().statusCode(412);
        as(TestTokens.kopfstelle()).get("/cost-items?year=2071").then().statusCode(200).body("id", hasItem((int) id));
        as(TestTokens.finance()).header("If-Match", "\"0\"").delete("/cost-items/" + id).then().statusCode(204);
        as(TestTokens.finance()).get("/cost-items/" + id).then().statusCode(404);
    }
}
