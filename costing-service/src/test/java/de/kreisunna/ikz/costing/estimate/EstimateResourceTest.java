package de.kreisunna.ikz.costing.estimate;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EstimateResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    @Test
    void aTownJoiningMidYearSeesWhatItWouldPayAndNothingIsStored() {
        Fixtures fixtures = new Fixtures(connector);
        fixtures.agreement("test-2043", "2043-01-01", "2043-12-31", "05978820", "05978829");
        fixtures.membership("05978821", "Teststadt G", "2043-01-01..2043-12-31");
        fixtures.membership("05978822", "Teststadt H", "2043-01-01..2043-12-31");
        Fixtures.costItem("{\"year\":2043,\"kind\":\"MAINTENANCE\",\"label\":\"Pflege\",\"splitKey\":\"EQUAL\",\"amount\":\"3650.00\"}");
        long[] before = counts();

        // K = 23,875.00 (edition 2022/2023, A 11). Joining on 1 Oct 2043: 92 of 365 days shared by 3 towns:
        //   23,875.00 × 92/365 ÷ 3 = 2,005.936… → 2,005.94 (its remainder 0.607 is the largest of the three)
        // maintenance 3,650.00 = 10.00 a day: the newcomer 92 × 10 ÷ 3 = 306.666…, the two others
        //   273 × 10 ÷ 2 + 92 × 10 ÷ 3 = 1,671.666… each; floors 306.66 + 2 × 1,671.66 = 3,649.98, 2 cents missing,
        //   all three remainders are equal (0.666…): the tie goes to the lower AGS 05978821 and 05978822 → 306.66
        as(TestTokens.kopfstelle()).get("/estimates?ags=05978823&joinOn=2043-10-01&editionLabel=2022/2023")
                .then().statusCode(200)
                .body("year", equalTo(2043))
                .body("statement.kopfstelle.amount", equalTo("2005.94"))
                .body("statement.kopfstelle.segments[0].days", equalTo(92))
                .body("statement.kopfstelle.segments[0].members", equalTo(3))
                .body("statement.passThrough.amount", equalTo("306.66"))
                .body("statement.total", equalTo("2312.60"));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void anEstimateNeedsATownAndADayAndATownMayEstimateOnlyForItself() {
        as(TestTokens.finance()).get("/estimates?joinOn=2043-10-01").then().statusCode(400)
                .body("violations[0].field", equalTo("ags"));
        as(TestTokens.finance()).get("/estimates?ags=05978823&joinOn=1.10.2043").then().statusCode(400)
                .body("violations[0].field", equalTo("joinOn"));
        as(TestTokens.town("05978824")).get("/estimates?ags=05978823&joinOn=2043-10-01&editionLabel=2022/2023")
                .then().statusCode(404);
        as(TestTokens.town("05978823")).get("/estimates?ags=05978823&joinOn=2043-10-01&editionLabel=2022/2023")
                .then().statusCode(200);
    }

    private long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
                count("cost_run"), count("invoice"), count("outbox_event"), count("member_period")});
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
