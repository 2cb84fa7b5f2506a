package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.stack.LocalStack;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators rely on in every packaged service: readiness with its dependencies, OpenAPI, metrics, and the domain
 * metrics of docs/operations.md with the values a healthy system shows once its events have flowed.
 */
@ExtendWith(SystemStack.class)
class OperabilityIT {

    private final LocalStack stack = SystemStack.stack();

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        for (String service : List.of("membership-service", "costing-service", "support-service")) {
            given().get(stack.managementUrl(service) + "/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItems("Database connections health check",
                            "SmallRye Reactive Messaging - readiness check"));
        }
    }

    @Test
    void openApiAndSwaggerUiAndPrometheusMetricsAreServed() {
        for (String service : List.of("membership-service", "costing-service", "support-service")) {
            given().get(stack.serviceUrl(service) + "/q/openapi").then().statusCode(200)
                    .body(containsString("openIdConnect"));
            given().get(stack.serviceUrl(service) + "/q/swagger-ui/").then().statusCode(200);
            given().get(stack.managementUrl(service) + "/q/metrics").then().statusCode(200)
                    .body(containsString("http_server_requests_seconds"));
            // health and metrics are not on the API port, which an Ingress exposes
            given().get(stack.serviceUrl(service) + "/q/metrics").then().statusCode(404);
            given().get(stack.serviceUrl(service) + "/q/health/ready").then().statusCode(404);
        }
    }

    @Test
    void afterEventsAndACostRunTheDomainMetricsShowNothingStuckAndTheRunCounted() {
        Sandbox.create("operability", "0597894", "05994", 2044);

        Eventually.within(Duration.ofSeconds(60), () -> {
            for (String service : List.of(Api.MEMBERSHIP, Api.COSTING, Api.SUPPORT)) {
                String metrics = Metrics.scrape(service);
                assertThat(Metrics.sum(metrics, "ikz_outbox_backlog_events")).as(service + " outbox backlog")
                        .hasValue(0);
                assertThat(Metrics.sum(metrics, "ikz_outbox_oldest_unpublished_age_seconds"))
                        .as(service + " age of the oldest unpublished event").hasValue(0);
            }
        });

        String membership = Metrics.scrape(Api.MEMBERSHIP);
        assertThat(membership).contains("# HELP ikz_outbox_backlog_events Events written to the outbox");
        assertThat(Metrics.sum(membership, "ikz_outbox_published_total", "type=\"ikz.membership.MembershipChanged.v1\"")
                .orElse(0)).as("membership changes published").isPositive();
        for (String consumer : List.of(Api.COSTING, Api.SUPPORT)) {
            String metrics = Metrics.scrape(consumer);
            assertThat(Metrics.sum(metrics, "ikz_events_consumed_total", "outcome=\"processed\"",
                    "type=\"ikz.membership.MembershipChanged.v1\"").orElse(0)).as(consumer + " membership changes processed")
                    .isPositive();
            assertThat(Metrics.sum(metrics, "ikz_events_consumed_total", "outcome=\"dead-lettered\"", "type=\"ikz."))
                    .as(consumer + ": no event of a known type dead-lettered").satisfiesAnyOf(
                            v -> assertThat(v).isEmpty(), v -> assertThat(v).hasValue(0));
            assertThat(Metrics.sum(metrics, "ikz_events_last_applied_event_time_seconds",
                    "channel=\"membership-events\"").orElse(0)).as(consumer + ": time of the last applied membership event")
                    .isPositive();
        }
        String costing = Metrics.scrape(Api.COSTING);
        assertThat(Metrics.sum(costing, "ikz_costrun_duration_seconds_count", "outcome=\"done\"").orElse(0))
                .as("cost runs counted").isGreaterThanOrEqualTo(1);
        assertThat(Metrics.sum(costing, "ikz_invoice_numbers_issued_total").orElse(0)).as("invoice numbers issued")
                .isGreaterThanOrEqualTo(1);
        assertThat(costing).contains("# HELP ikz_costrun_duration_seconds");
    }

    @Test
    void noServiceLogsThatItsOutboxRelayCouldNotReachItsChannel() throws IOException {
        for (String service : List.of("membership-service", "costing-service", "support-service")) {
            assertThat(Files.readString(stack.config().logDir().resolve(service + ".log"))).as(service)
                    .doesNotContain("SRMSG00019");
        }
    }
}
