package de.kreisunna.ikz.costing.rest;

import static de.kreisunna.ikz.testing.EdgeChecks.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.testing.EdgeChecks;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The shared request edge as costing-service's callers meet it. */
@QuarkusTest
class RequestEdgeTest {

    private static EdgeChecks as(String token) {
        return new EdgeChecks(RestAssured.port, token);
    }

    @Test
    void urlsWithNulMalformedEscapesUnknownParametersOrOversizeAreAnsweredWithProblems() {
        as(TestTokens.admin()).urlChecks("/kgst-editions");
        assertProblem(as(TestTokens.admin()).get("/invoices?externalReference="), 400, "externalReference");
    }

    @Test
    void aCostRunIdThatIsNotANumberIsABadRequestNotANotFound() {
        String body = assertProblem(as(TestTokens.admin()).get("/invoices?costRunId=abc"), 400, "costRunId");
        assertThat(body).contains("must be a whole number");
    }

    @Test
    void paymentsAreReadStrictlyWithPlausibleDates() {
        EdgeChecks finance = as(TestTokens.finance());
        String path = "/invoices/999999/payments";
        finance.bodyChecks("POST", path, "{\"reference\":\"R-1\",\"amount\":\"100.00\",\"paidOn\":\"2022-01-03\"}",
                "reference");
        assertProblem(finance.send("POST", path, "{\"amount\":\"100.00\",\"paidOn\":20220101}"), 400, "paidOn");
        assertProblem(finance.send("POST", path, "{\"amount\":\"100.00\",\"paidOn\":\"+999999999-12-31\"}"), 400,
                "paidOn");
        assertProblem(finance.send("POST", path, "{\"amount\":true,\"paidOn\":\"2022-01-03\"}"), 400, "amount");
    }
}
