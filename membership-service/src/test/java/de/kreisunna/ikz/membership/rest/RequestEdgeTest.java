package de.kreisunna.ikz.membership.rest;

import static de.kreisunna.ikz.testing.EdgeChecks.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.membership.TestApi;
import de.kreisunna.ikz.testing.EdgeChecks;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The shared request edge as membership-service's callers meet it. */
@QuarkusTest
class RequestEdgeTest {

    private EdgeChecks edge() {
        return new EdgeChecks(RestAssured.port, TestTokens.admin());
    }

    @Test
    void urlsWithNulMalformedEscapesUnknownParametersOrOversizeAreAnsweredWithProblems() {
        edge().urlChecks("/municipalities");
        assertProblem(edge().get("/agreements/%00"), 400, "path");
        assertProblem(edge().get("/audit?entityId=%00"), 400, "query");
    }

    @Test
    void bodiesAreReadStrictly() {
        edge().bodyChecks("POST", "/municipalities", "{\"ags\":\"09999999\",\"name\":\"Teststadt\",\"kind\":\"STADT\"}",
                "name");
        assertProblem(edge().send("POST", "/municipalities", "{\"ags\":\"09999998\",\"name\":\"Teststadt\",\"kind\":0}"),
                400, "kind");
        String body = assertProblem(edge().send("POST", "/municipalities",
                "{\"ags\":\"09999998\",\"name\":\"Teststadt\",\"kind\":\"STADT \"}"), 400, "kind");
        assertThat(body).contains("must be one of: ");
    }

    @Test
    void aDateOutsideThePlausibleRangeOrADayCountIsRefusedNamingTheField() {
        String ags = TestApi.registerTown("Datumsstadt");
        String path = "/municipalities/" + ags + "/memberships";
        assertProblem(edge().send("POST", path, "{\"validFrom\":\"+999999999-12-31\"}", "If-Match: \"0\""), 400,
                "validFrom");
        assertProblem(edge().send("POST", path, "{\"validFrom\":20220101}", "If-Match: \"0\""), 400, "validFrom");
        assertProblem(edge().send("POST", path, "{\"validFrom\":\"2022-01-01\",\"validUntil\":\"1999-12-31\"}",
                "If-Match: \"0\""), 400, "validUntil");
    }

    @Test
    void theHistoryImportTakesALargerBodyButNotAnUnboundedOne() {
        assertProblem(edge().send("POST", "/history-import", "{}", "Content-Length: 3000000"), 413, "body");
        assertThat(edge().send("POST", "/history-import", "{\"x\":\"" + "a".repeat(300_000) + "\"}").status())
                .isNotEqualTo(413);
    }
}
