package de.kreisunna.ikz.costing.controls;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.hamcrest.Matchers.containsString;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Four eyes as configured in production: who started a run may neither finalize it nor issue its invoices. */
@QuarkusTest
@TestProfile(FourEyesTest.FourEyesOn.class)
class FourEyesTest {

    public static class FourEyesOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("costing.controls.four-eyes", "true");
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void finalizeAndIssueNeedAnotherFinanceUserThanTheOneWhoStartedTheRun() {
        Fixtures fixtures = new Fixtures(connector);
        Fixtures.billingParty("05978850", "Kopfstelle 2045");
        Fixtures.billingParty("05978851", "Gemeinde Vier Augen");
        fixtures.agreement("test-2045", "2045-01-01", "2045-12-31", "05978850", "05978859");
        fixtures.membership("05978851", "Gemeinde Vier Augen", "2045-01-01..2045-12-31");
        String anna = TestTokens.user("anna", Roles.FINANCE);
        String bernd = TestTokens.user("bernd", Roles.FINANCE);
        long run = as(anna).body("{\"year\":2045,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr\"}")
                .post("/cost-runs").then().statusCode(202).extract().jsonPath().getLong("id");
        Fixtures.awaitRun(run);

        as(anna).post("/cost-runs/" + run + "/finalize").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("four eyes: anna started cost run " + run));
        as(bernd).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
        long draft = as(bernd).post("/cost-runs/" + run + "/invoices").then().statusCode(201).extract().jsonPath()
                .getLong("created[0].id");
        as(anna).post("/cost-runs/" + run + "/invoices/issue").then().statusCode(403);
        as(anna).post("/invoices/" + draft + "/issue").then().statusCode(403);
        as(bernd).get("/invoices/" + draft).then().body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
        as(bernd).post("/cost-runs/" + run + "/invoices/issue").then().statusCode(200);
    }
}
