package de.kreisunna.ikz.platform.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * How far each consuming channel is behind: the event time of the last applied event and the consumer lag
 * (records on the broker after the last applied one, over the channel's assigned partitions). Sampled from
 * the Kafka consumer every few seconds (its cached high watermarks, no extra broker call); shown as metrics
 * ({@code ikz.events.last.applied.event.time}, {@code ikz.events.consumer.lag}, per channel) and in the
 * readiness details ({@link ConsumptionHealth}), which never fail because of it: a projection that lags
 * still serves what it has.
 */
@ApplicationScoped
public class ConsumerProgress {

    private static final Logger LOG = Logger.getLogger(ConsumerProgress.class);
    private static final Duration SAMPLE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration POSITION_TIMEOUT = Duration.ofMillis(50);

    /** What one channel has applied and, as last sampled, how many records it has still to go. */
    public static final class Channel {
        private final Map<TopicPartition, Long> nextOffsets = new ConcurrentHashMap<>();
        private volatile Instant lastEventTime;
        private volatile long lag = -1;

        /** Event time ({@code ce_time}) of the last event this channel applied (or skipped); null before the first. */
        public Instant lastEventTime() {
            return lastEventTime;
        }

        /** Records still to be applied on the assigned partitions; -1 while unknown (not yet assigned or sampled). */
        public long lag() {
            return lag;
        }

        /** True once the lag was sampled as zero. */
        public boolean caughtUp() {
            return lag == 0;
        }
    }

    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final KafkaClientService kafka;
    private final MeterRegistry metrics;
    private final Clock clock;

    ConsumerProgress(KafkaClientService kafka, MeterRegistry metrics, Clock clock) {
        this.kafka = kafka;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Records that the message was applied (or skipped on purpose); called before it is acknowledged. */
    void applied(Message<?> message, IncomingEvent event) {
        message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(kafkaRecord -> {
            Channel channel = channel(kafkaRecord.getChannel());
            channel.nextOffsets.merge(new TopicPartition(kafkaRecord.getTopic(), kafkaRecord.getPartition()),
                    kafkaRecord.getOffset() + 1, Math::max);
            if (event.time() != null) {
                channel.lastEventTime = event.time();
                Timer.builder("ikz.events.end.to.end").tag("channel", kafkaRecord.getChannel())
                        .description("from the event's time (written to the producer's outbox) to applied here")
                        .publishPercentiles(0.5, 0.99).register(metrics)
                        .record(Duration.between(event.time(), clock.instant()));
            }
        });
    }

    /** The channels this service consumes from Kafka, with their progress. */
    public Map<String, Channel> channels() {
        kafka.getConsumerChannels().forEach(this::channel);
        return Map.copyOf(channels);
    }

    @Scheduled(every = "${ikz.events.lag-sample-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sampleLag() {
        for (String name : kafka.getConsumerChannels()) {
            Channel channel = channel(name);
            try {
                for (var consumer : kafka.<Object, Object>getConsumers(name)) {
                    Long lag = consumer.runOnPollingThread(c -> {
                        long total = 0;
                        if (c.assignment().isEmpty()) {
                            return -1L;
                        }
                        for (TopicPartition partition : c.assignment()) {
                            OptionalLong ahead = c.currentLag(partition);
                            if (ahead.isEmpty()) {
                                return -1L;
                            }
                            // a short timeout: this runs on the polling thread, which must not wait for the broker
                            long position = c.position(partition, POSITION_TIMEOUT);
                            long highWatermark = position + ahead.getAsLong();
                            long next = channel.nextOffsets.getOrDefault(partition, position);
                            total += Math.max(0, highWatermark - next);
                        }
                        return total;
                    }).await().atMost(SAMPLE_TIMEOUT);
                    channel.lag = lag;
                }
            } catch (RuntimeException e) {
                LOG.debugf("consumer lag of %s not sampled: %s", name, e.getMessage());
                channel.lag = -1;
            }
        }
    }

    private Channel channel(String name) {
        return channels.computeIfAbsent(name, n -> {
            Channel channel = new Channel();
            Gauge.builder("ikz.events.consumer.lag", channel, Channel::lag).tag("channel", n)
                    .description("records still to be applied (-1: unknown)").register(metrics);
            Gauge.builder("ikz.events.last.applied.event.time", channel,
                            c -> c.lastEventTime == null ? Double.NaN : c.lastEventTime.toEpochMilli() / 1000.0)
                    .tag("channel", n).baseUnit("seconds")
                    .description("event time of the last applied event, epoch seconds").register(metrics);
            return channel;
        });
    }
}
