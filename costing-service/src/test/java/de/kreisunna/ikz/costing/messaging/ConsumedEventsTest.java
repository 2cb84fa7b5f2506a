package de.kreisunna.ikz.costing.messaging;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.costing.agreement.AgreementChangedV1;
import de.kreisunna.ikz.costing.licence.LicenceChangedV1;
import de.kreisunna.ikz.membership.projection.MembershipEventsConsumer;
import de.kreisunna.ikz.testing.TestEvents;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Agreements from the membership topic and licence grants from the support topic, consumed idempotently. */
@QuarkusTest
class ConsumedEventsTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private static String agreement(String id, long revision, String fte) {
        return """
                {"agreementId":"%s","title":"T","subject":"AsylbLG","legalBasis":"GkG NRW","status":"IN_FORCE",
                 "concludedOn":"2044-01-01","inForceFrom":"2044-01-01","endedOn":null,"predecessorId":null,
                 "successorId":null,"revision":%d,"parties":[{"ags":"05978024","name":"Stadt Lünen","role":"KOPFSTELLE"}],
                 "costClause":{"fte":%s,"payGrades":["A 11 LBesG NRW"],"overheadRate":0.10,"materialCostShare":0.25,
                               "allocation":"EQUAL"},"noticeRule":{"noticePeriodMonths":12,"effectiveAt":"ANY_DAY"}}"""
                .formatted(id, revision, fte);
    }

    @Test
    void anAgreementIsKeptAtItsNewestRevision() {
        Fixtures f = new Fixtures(connector);

        assertThat(f.send(MembershipEventsConsumer.CHANNEL, AgreementChangedV1.TYPE, "agr-1", agreement("test-agr-1", 2, "0.5"))).isEmpty();
        assertThat(f.send(MembershipEventsConsumer.CHANNEL, AgreementChangedV1.TYPE, "agr-1", agreement("test-agr-1", 1, "0.25"))).isEmpty();

        as(TestTokens.finance()).get("/agreements").then().statusCode(200)
                .body("find { it.agreementId == 'test-agr-1' }.revision", equalTo(2))
                .body("find { it.agreementId == 'test-agr-1' }.costClause.fte", equalTo(0.5f));
    }

    @Test
    void aMalformedAgreementIsRejectedForTheDeadLetterTopic() {
        Fixtures f = new Fixtures(connector);

        var rejected = f.send(MembershipEventsConsumer.CHANNEL, AgreementChangedV1.TYPE, "agr-2",
                agreement("test-agr-2", 1, "-1"));

        assertThat(rejected).get().extracting(Throwable::getMessage).asString().contains("costClause.fte");
        as(TestTokens.finance()).get("/agreements").then().body("find { it.agreementId == 'test-agr-2' }", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aLicenceGrantCountsOnceEvenIfDeliveredTwiceAndOtherSupportEventsAreSkipped() {
        Fixtures f = new Fixtures(connector);
        String grant = "{\"requestId\":\"" + UUID.randomUUID() + "\",\"ags\":\"05978860\",\"product\":\"P-2044\","
                + "\"quantity\":2,\"effectiveFrom\":\"2044-03-01\"}";

        assertThat(f.send(SupportEventsConsumer.CHANNEL, LicenceChangedV1.TYPE, "05978860", grant)).isEmpty();
        assertThat(f.send(SupportEventsConsumer.CHANNEL, LicenceChangedV1.TYPE, "05978860", grant)).isEmpty();
        f.licence("05978860", "P-2044", 1, "2044-06-01");
        assertThat(f.send(SupportEventsConsumer.CHANNEL, "ikz.support.SlaBreached.v1", "05978860", "{\"x\":1}")).isEmpty();

        as(TestTokens.finance()).get("/licences?ags=05978860&product=P-2044&on=2044-05-31").then().statusCode(200)
                .body("[0].count", equalTo(2));
        as(TestTokens.finance()).get("/licences?ags=05978860&product=P-2044&on=2044-06-01").then().body("[0].count", equalTo(3));
        as(TestTokens.town("05978860")).get("/licences?ags=05978004").then().statusCode(200).body("[0].ags", equalTo("05978860"));
    }

    @Test
    void aMalformedLicenceGrantOrANonCloudEventIsRejected() {
        Fixtures f = new Fixtures(connector);

        var noQuantity = f.send(SupportEventsConsumer.CHANNEL, LicenceChangedV1.TYPE, "05978861",
                "{\"requestId\":\"r\",\"ags\":\"05978861\",\"product\":\"P\",\"effectiveFrom\":\"2044-01-01\"}");
        var notACloudEvent = TestEvents.tracked(org.eclipse.microprofile.reactive.messaging.Message.of("{}"));
        connector.source(SupportEventsConsumer.CHANNEL).send(notACloudEvent.message());

        assertThat(noQuantity).get().extracting(Throwable::getMessage).asString().contains("quantity");
        assertThat(notACloudEvent.awaitOutcome()).isPresent();
        as(TestTokens.finance()).get("/licences?ags=05978861").then().body("size()", equalTo(0));
    }
}
