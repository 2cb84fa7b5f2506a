package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.stack.KafkaTopology;
import de.kreisunna.ikz.stack.LocalStack;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The broker's ACLs and OAUTHBEARER login, tried with each service's real Keycloak client. */
@ExtendWith(SystemStack.class)
class KafkaAclIT {

    private final LocalStack stack = SystemStack.stack();

    @Test
    void costingServiceCannotWriteTheMembershipTopic() {
        try (var producer = producer("costing-service")) {
            var send = producer.send(new ProducerRecord<>(KafkaTopology.MEMBERSHIP_EVENTS, "05978004", "{}"));

            assertThatThrownBy(() -> send.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void costingServiceMayWriteItsOwnTopic() throws Exception {
        try (var producer = producer("costing-service")) {
            var sent = producer.send(new ProducerRecord<>(KafkaTopology.COSTING_EVENTS, "05978004", "{}")).get(30, TimeUnit.SECONDS);

            assertThat(sent.topic()).isEqualTo(KafkaTopology.COSTING_EVENTS);
        }
    }

    @Test
    void supportServiceCannotReadTheCostingTopic() {
        Properties props = stack.kafkaClientProperties("support-service");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "support-service");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            consumer.subscribe(List.of(KafkaTopology.COSTING_EVENTS));

            assertThatThrownBy(() -> {
                for (int i = 0; i < 60; i++) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aTokenWithoutTheKafkaAudienceCannotConnect() {
        assertThat(Keycloak.claims(Keycloak.clientToken("prosoz-helpdesk")).path("aud").toString()).doesNotContain("kafka");
        Properties props = stack.kafkaClientProperties("prosoz-helpdesk");

        try (Admin admin = Admin.create(props)) {
            assertThatThrownBy(() -> admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private KafkaProducer<String, String> producer(String clientId) {
        Properties props = stack.kafkaClientProperties(clientId);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "20000");
        return new KafkaProducer<>(props);
    }
}
