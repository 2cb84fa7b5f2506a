package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.stack.KafkaTopology;
import de.kreisunna.ikz.stack.LocalStack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first flow end to end: a membership change reaches both consumers over the secured broker. */
@ExtendWith(SystemStack.class)
class EventFlowIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final String TOWN = "05978971";
    private static final String TOWN_AFTER_POISON = "05978972";
    private final LocalStack stack = SystemStack.stack();

    @Test
    void aMembershipChangeReachesCostingAndSupportAsACloudEventKeyedByAgs() {
        String admin = Keycloak.userToken("admin");
        String membership = stack.serviceUrl("membership-service");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("ags", TOWN, "name", "Teststadt Ereignisfluss"))
                .post(membership + "/municipalities").then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json").body("{\"validFrom\":\"2025-07-01\"}")
                .post(membership + "/municipalities/" + TOWN + "/memberships").then().statusCode(201);

        String finance = Keycloak.userToken("finance");
        for (String consumer : List.of("costing-service", "support-service")) {
            Eventually.within(ARRIVAL, () -> given().auth().oauth2(finance)
                    .get(stack.serviceUrl(consumer) + "/members/" + TOWN)
                    .then().statusCode(200)
                    .body("revision", equalTo(1))
                    .body("memberships.validFrom", contains("2025-07-01")));
        }
        Keycloak.createTownUser("eventflow-town", TOWN);
        given().auth().oauth2(Keycloak.userToken("eventflow-town")).get(stack.serviceUrl("support-service") + "/members/" + TOWN)
                .then().statusCode(200);

        var records = Topics.readAll(KafkaTopology.MEMBERSHIP_EVENTS);
        assertThat(records).filteredOn(r -> TOWN.equals(r.key())).hasSize(2).allSatisfy(r -> {
            assertThat(Topics.header(r, "ce_type")).isEqualTo("ikz.membership.MembershipChanged.v1");
            assertThat(Topics.header(r, "ce_specversion")).isEqualTo("1.0");
            assertThat(Topics.header(r, "ce_source")).isEqualTo("/ikz/membership-service");
            assertThat(Topics.header(r, "ce_subject")).isEqualTo(TOWN);
            assertThat(Topics.header(r, "ce_id")).isNotBlank();
        });
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicsAndConsumptionGoesOn() throws Exception {
        String marker = "malformed-" + UUID.randomUUID();
        Properties props = stack.kafkaClientProperties("membership-service");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = new KafkaProducer<String, String>(props)) {
            producer.send(new ProducerRecord<>(KafkaTopology.MEMBERSHIP_EVENTS, "05978999", "{" + marker)).get();
        }

        for (String dlq : List.of(KafkaTopology.COSTING_DLQ, KafkaTopology.SUPPORT_DLQ)) {
            Eventually.within(ARRIVAL, () -> assertThat(Topics.readAll(dlq))
                    .filteredOn(r -> r.value().contains(marker)).singleElement()
                    .satisfies(r -> assertThat(Topics.header(r, "dead-letter-topic")).isEqualTo(KafkaTopology.MEMBERSHIP_EVENTS)));
        }

        String admin = Keycloak.userToken("admin");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("ags", TOWN_AFTER_POISON, "name", "Teststadt nach dem Gift"))
                .post(stack.serviceUrl("membership-service") + "/municipalities").then().statusCode(201);
        for (String consumer : List.of("costing-service", "support-service")) {
            Eventually.within(ARRIVAL, () -> given().auth().oauth2(admin)
                    .get(stack.serviceUrl(consumer) + "/members/" + TOWN_AFTER_POISON).then().statusCode(200));
        }
    }
}
