package de.kreisunna.ikz.benchmarks;

import de.kreisunna.ikz.stack.LocalStack;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The reference for the propagation figures: one record produced and consumed again, one at a time, on the same
 * broker with the same security (SASL/OAUTHBEARER) and the same producer settings as the outbox relay (idempotent,
 * acks=all, linger 0). The consumer is assigned the partition (no group), so the figure is the broker round trip.
 */
final class RawHop {

    static final String TOPIC = "ikz.benchmark.hop";

    private RawHop() {
    }

    /** Milliseconds from send to receipt for {@code count} records after {@code warmUp} unmeasured ones. */
    static double[] measure(LocalStack stack, int warmUp, int count) {
        Properties client = stack.kafkaClientProperties("kafka-admin");
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("benchmark topic " + TOPIC + " could not be created: " + e.getMessage(), e);
        }
        Properties producerProps = new Properties();
        producerProps.putAll(client);
        producerProps.put("key.serializer", StringSerializer.class.getName());
        producerProps.put("value.serializer", StringSerializer.class.getName());
        producerProps.put("acks", "all");
        producerProps.put("enable.idempotence", "true");
        producerProps.put("linger.ms", "0");
        Properties consumerProps = new Properties();
        consumerProps.putAll(client);
        consumerProps.put("key.deserializer", StringDeserializer.class.getName());
        consumerProps.put("value.deserializer", StringDeserializer.class.getName());
        consumerProps.put("enable.auto.commit", "false");
        double[] millis = new double[count];
        try (var producer = new KafkaProducer<String, String>(producerProps);
                var consumer = new KafkaConsumer<String, String>(consumerProps)) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            for (int i = 0; i < warmUp + count; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, "hop", Integer.toString(i)));
                awaitRecord(consumer, Integer.toString(i));
                if (i >= warmUp) {
                    millis[i - warmUp] = (System.nanoTime() - sent) / 1e6;
                }
            }
        }
        return millis;
    }

    private static void awaitRecord(KafkaConsumer<String, String> consumer, String value) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
            for (var record : records) {
                if (record.value().equals(value)) {
                    return;
                }
            }
        }
        throw new IllegalStateException("record " + value + " did not come back within 30 s");
    }
}
