package de.kreisunna.ikz.support.rest;

import static de.kreisunna.ikz.testing.EdgeChecks.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.testing.EdgeChecks;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The shared request edge as support-service's callers meet it. */
@QuarkusTest
class RequestEdgeTest {

    private static final String VALID = """
            {"subject":"Einmalzahlung buchen","ags":"05978024","category":"APPLICATION_QUESTION",
             "priority":"HIGH","description":"Wie buche ich eine Einmalzahlung?"}""";

    private static EdgeChecks edge() {
        return new EdgeChecks(RestAssured.port, TestTokens.kopfstelle());
    }

    @Test
    void urlsWithNulMalformedEscapesUnknownParametersOrOversizeAreAnsweredWithProblems() {
        edge().urlChecks("/trainings");
        assertProblem(edge().get("/support-requests?externalReference=x"), 400, "externalReference");
        assertProblem(edge().get("/support-requests?status=open"), 400, "status");
    }

    @Test
    void submissionsAreReadStrictly() {
        edge().bodyChecks("POST", "/support-requests", VALID, "subject");
        String priority = assertProblem(edge().send("POST", "/support-requests",
                VALID.replace("\"HIGH\"", "\"CRITICAL \"")), 400, "priority");
        assertThat(priority).contains("must be one of: CRITICAL, HIGH, NORMAL, LOW");
        assertProblem(edge().send("POST", "/support-requests", VALID.replace("\"HIGH\"", "0")), 400, "priority");
        assertProblem(edge().send("POST", "/support-requests", VALID.replace("}", ",\"licence\":[]}")), 400,
                "licence");
        assertProblem(edge().send("POST", "/support-requests", VALID.replace("}",
                ",\"licence\":{\"product\":\"PROSOZ S\",\"quantity\":1,\"effectiveFrom\":\"+999999999-12-31\"}}")), 400,
                "licence.effectiveFrom");
    }
}
