package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scraping, alerts and the dashboard as an operator relies on them: every service is scraped on its management
 * port (API port + 1000), Kafka and PostgreSQL through their operators' metrics, every alert leads to a runbook
 * section of docs/operations.md, and every ikz_* series an alert or the dashboard reads is documented there.
 * (That the objects match the Prometheus Operator's CRDs is {@link ObjectKindsTest}'s part.)
 */
class MonitoringTest {

    private static final Path OPERATIONS = Project.ROOT.resolve("docs/operations.md");
    private static final Path DASHBOARD = Project.ROOT.resolve("deployment/grafana/ikz-flow-dashboard.json");
    private static final Pattern IKZ_SERIES = Pattern.compile("\\bikz_[a-z_]+");
    private static final int MANAGEMENT_PORT_OFFSET = 1000;

    @TestFactory
    Stream<DynamicTest> eachServiceIsScrapedOnItsManagementPort() {
        Kustomize.assumeKubectl();
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            JsonNode monitor = workload.rendered().one("PodMonitor", workload.service());
            assertThat(monitor.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                    .as("selects the service's pods").isEqualTo(workload.podLabels().get("app.kubernetes.io/name"));
            JsonNode endpoint = monitor.path("spec").path("podMetricsEndpoints").get(0);
            assertThat(endpoint.path("portNumber").asInt()).as("management port")
                    .isEqualTo(workload.httpPort() + MANAGEMENT_PORT_OFFSET);
            assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        });
    }

    @TestFactory
    Stream<DynamicTest> kafkaAndPostgresAreScrapedThroughTheirOperatorsMetrics() {
        Kustomize.assumeKubectl();
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> {
            Rendered rendered = Kustomize.render(overlay);
            JsonNode kafka = rendered.one("Kafka", "ikz-kafka");
            assertThat(kafka.path("spec").path("kafka").path("metricsConfig").path("type").asText())
                    .isEqualTo("strimziMetricsReporter");
            assertThat(kafka.path("spec").path("kafkaExporter").isObject()).as("Kafka Exporter (consumer lag)").isTrue();
            assertThat(rendered.one("PodMonitor", "ikz-kafka").path("spec").path("podMetricsEndpoints").get(0)
                    .path("port").asText()).isEqualTo("tcp-prometheus");

            String cluster = Rendered.name(rendered.ofKind("Cluster").get(0));
            assertThat(rendered.one("PodMonitor", "ikz-postgres").path("spec").path("selector").path("matchLabels")
                    .path("cnpg.io/cluster").asText()).isEqualTo(cluster);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyAlertIsActionableAndHasARunbookSection() throws IOException {
        Kustomize.assumeKubectl();
        Set<String> anchors = headingAnchors(Files.readAllLines(OPERATIONS));
        return alerts(Kustomize.render("production")).stream().map(rule -> dynamicTest(rule.path("alert").asText(), () -> {
            String alert = rule.path("alert").asText();
            assertThat(rule.path("labels").path("severity").asText()).isIn("critical", "warning");
            assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
            assertThat(rule.path("annotations").path("description").asText()).isNotBlank();
            String runbook = rule.path("annotations").path("runbook_url").asText();
            assertThat(runbook).isEqualTo("docs/operations.md#" + alert.toLowerCase());
            assertThat(anchors).as("a section '" + alert + "' in docs/operations.md").contains(alert.toLowerCase());
        }));
    }

    @Test
    void theAlertsAndTheDashboardReadOnlyDocumentedIkzSeries() throws IOException {
        Kustomize.assumeKubectl();
        String documented = Files.readString(OPERATIONS);
        List<String> expressions = new ArrayList<>();
        alerts(Kustomize.render("production")).forEach(rule -> expressions.add(rule.path("expr").asText()));
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        assertThat(dashboard.path("panels")).as("dashboard panels").isNotEmpty();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("targets")).as("queries of panel " + panel.path("title")).isNotEmpty();
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }

        Set<String> series = new TreeSet<>();
        for (String expression : expressions) {
            Matcher matcher = IKZ_SERIES.matcher(expression);
            while (matcher.find()) {
                series.add(matcher.group().replaceAll("_(bucket|count|sum)$", ""));
            }
        }
        assertThat(series).as("ikz series read").isNotEmpty();
        for (String name : series) {
            assertThat(documented).as(name + " is documented in docs/operations.md").contains("`" + name);
        }
    }

    private static List<JsonNode> alerts(Rendered rendered) {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode ruleSet : rendered.ofKind("PrometheusRule")) {
            for (JsonNode group : ruleSet.path("spec").path("groups")) {
                group.path("rules").forEach(rule -> {
                    if (rule.has("alert")) {
                        rules.add(rule);
                    }
                });
            }
        }
        assertThat(rules).as("alerts in the PrometheusRules").isNotEmpty();
        return rules;
    }

    /** GitHub's anchors of the Markdown headings: lower case, punctuation dropped, spaces as dashes. */
    private static Set<String> headingAnchors(List<String> lines) {
        Set<String> anchors = new TreeSet<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                String text = line.replaceFirst("^#+\\s*", "").trim().toLowerCase();
                anchors.add(text.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
