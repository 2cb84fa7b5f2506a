package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.stack.KafkaTopology;
import de.kreisunna.ikz.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first flow end to end: a membership change reaches both consumers over the secured broker. */
@ExtendWith(SystemStack.class)
class EventFlowIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private final LocalStack stack = SystemStack.stack();

    @Test
    void aMembershipChangeReachesCostingAndSupportAsACloudEventKeyedByAgs() {
        String admin = Keycloak.userToken("admin");
        String membership = stack.serviceUrl("membership-service");
        given().auth().oauth2(admin).contentType("application/json").body("{\"ags\":\"05978032\",\"name\":\"Selm\"}")
                .post(membership + "/municipalities").then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json").body("{\"validFrom\":\"2020-07-01\"}")
                .post(membership + "/municipalities/05978032/memberships").then().statusCode(201);

        String finance = Keycloak.userToken("finance");
        for (String consumer : List.of("costing-service", "support-service")) {
            Eventually.within(ARRIVAL, () -> given().auth().oauth2(finance)
                    .get(stack.serviceUrl(consumer) + "/members/05978032")
                    .then().statusCode(200)
                    .body("revision", equalTo(1))
                    .body("memberships.validFrom", contains("2020-07-01")));
        }
        given().auth().oauth2(Keycloak.userToken("selm")).get(stack.serviceUrl("support-service") + "/members/05978032")
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> records = readAll(KafkaTopology.MEMBERSHIP_EVENTS);
        assertThat(records).filteredOn(r -> "05978032".equals(r.key())).hasSize(2).allSatisfy(r -> {
            assertThat(header(r, "ce_type")).isEqualTo("ikz.membership.MembershipChanged.v1");
            assertThat(header(r, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(r, "ce_source")).isEqualTo("/ikz/membership-service");
            assertThat(header(r, "ce_id")).isNotBlank();
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
            Eventually.within(ARRIVAL, () -> assertThat(readAll(dlq)).anySatisfy(r -> assertThat(r.value()).contains(marker)));
        }

        String admin = Keycloak.userToken("admin");
        given().auth().oauth2(admin).contentType("application/json").body("{\"ags\":\"05978040\",\"name\":\"Werne\"}")
                .post(stack.serviceUrl("membership-service") + "/municipalities").then().statusCode(201);
        Eventually.within(ARRIVAL, () -> given().auth().oauth2(admin)
                .get(stack.serviceUrl("costing-service") + "/members/05978040").then().statusCode(200));
    }

    /** Everything on a topic so far, read by the admin super user without a consumer group. */
    private List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties props = stack.kafkaClientProperties("kafka-admin");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
