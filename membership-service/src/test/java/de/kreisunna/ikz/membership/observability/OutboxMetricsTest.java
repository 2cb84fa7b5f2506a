package de.kreisunna.ikz.membership.observability;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.membership.TestApi;
import de.kreisunna.ikz.platform.observability.OutboxBacklog;
import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The outbox as Prometheus shows it: backlog and published events, with help texts. */
@QuarkusTest
class OutboxMetricsTest {

    /**
     * The Prometheus text exactly as /q/metrics serves it on the management port (that port and its 404 on the API
     * port are checked by system-tests/OperabilityIT against the packaged service).
     */
    @Inject
    PrometheusMeterRegistry prometheus;

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxRelay relay;

    @Test
    void anUnpublishedEventIsBacklogUntilTheRelayPublishedIt() {
        relay.relayPending();
        double publishedBefore = sample("ikz_outbox_published_total\\{type=\"ikz.membership.MembershipChanged.v1\"\\}");

        TestApi.registerTown("Teststadt Backlog");
        backlog.refresh();
        assertThat(sample("ikz_outbox_backlog_events")).isGreaterThanOrEqualTo(1);

        relay.relayPending();
        backlog.refresh();
        String metrics = prometheus.scrape();
        assertThat(sample(metrics, "ikz_outbox_backlog_events")).isZero();
        assertThat(sample(metrics, "ikz_outbox_oldest_unpublished_age_seconds")).isZero();
        assertThat(sample(metrics, "ikz_outbox_published_total\\{type=\"ikz.membership.MembershipChanged.v1\"\\}"))
                .isGreaterThanOrEqualTo(publishedBefore + 1);
        assertThat(metrics).contains("# HELP ikz_outbox_backlog_events Events written to the outbox and not yet published",
                "# HELP ikz_outbox_oldest_unpublished_age_seconds Age of the oldest event not yet published",
                "# HELP ikz_outbox_published_total Events the outbox relay published");
    }

    private double sample(String series) {
        return sample(prometheus.scrape(), series);
    }

    private static double sample(String metrics, String series) {
        // the text format ends a label set with a comma: {type="…",}
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics.replace(",} ", "} "));
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
