package de.kreisunna.ikz.support.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.membership.projection.MembershipChangedV1;
import de.kreisunna.ikz.membership.projection.MembershipEventsConsumer;
import de.kreisunna.ikz.testing.TestEvents;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** support-service consumes the membership timelines into its own database (the rules are tested in costing-service). */
@QuarkusTest
class MembershipProjectionTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void aTownsTimelineArrivesInSupportsOwnProjection() {
        var delivery = TestEvents.tracked(TestEvents.cloudEvent(MembershipChangedV1.TYPE, "05978032",
                "{\"ags\":\"05978032\",\"name\":\"Selm\",\"revision\":3,\"periods\":[{\"validFrom\":\"2020-07-01\"}]}"));

        connector.source(MembershipEventsConsumer.CHANNEL).send(delivery.message());

        assertThat(delivery.awaitOutcome()).isEmpty();
        given().auth().oauth2(TestTokens.kopfstelle()).get("/members/05978032")
                .then().statusCode(200)
                .body("name", equalTo("Selm"))
                .body("revision", equalTo(3))
                .body("memberships.validFrom", contains("2020-07-01"));
        given().auth().oauth2(TestTokens.town("05978004")).get("/members/05978032").then().statusCode(404);
    }
}
