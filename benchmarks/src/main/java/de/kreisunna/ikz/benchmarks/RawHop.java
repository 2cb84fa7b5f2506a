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
 * The producer and consumer stay open, so hops can be interleaved with the measured changes: both then see the
 * machine in the same state (a reference measured minutes apart drifted by a factor of five on this machine).
 */
final class RawHop implements AutoCloseable {

    static final String TOPIC = "ikz.benchmark.hop";

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private int sequence;

    private RawHop(KafkaProducer<String, String> producer, KafkaConsumer<String, String> consumer) {
        this.producer = producer;
        this.consumer = consumer;
    }

    /** Creates the benchmark topic and opens a producer and a consumer assigned to its only partition. */
    static RawHop open(LocalStack stack) {
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
        var consumer = new KafkaConsumer<String, String>(consumerProps);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        return new RawHop(new KafkaProducer<>(producerProps), consumer);
    }

    /** Milliseconds from sending one record to receiving it. */
    double hop() {
        String value = Integer.toString(sequence++);
        long sent = System.nanoTime();
        producer.send(new ProducerRecord<>(TOPIC, "hop", value));
        awaitRecord(value);
        return (System.nanoTime() - sent) / 1e6;
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }

    private void awaitRecord(String value) {
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
