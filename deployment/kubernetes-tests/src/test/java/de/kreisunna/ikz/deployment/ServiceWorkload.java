package de.kreisunna.ikz.deployment;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** One service's Deployment in a rendered overlay, with the ConfigMap it takes its settings from. */
record ServiceWorkload(Rendered rendered, String service) {

    private static final Pattern DEPENDENT_VARIABLE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    /** One dynamic test per overlay and service, named "overlay: service". */
    static Stream<DynamicTest> eachOverlayAndService(BiConsumer<ServiceWorkload, ServiceConfig> check) {
        return Project.overlays().stream().flatMap(overlay -> Project.SERVICES.stream().map(service ->
                DynamicTest.dynamicTest(overlay + ": " + service, () -> check.accept(
                        new ServiceWorkload(Kustomize.render(overlay), service), ServiceConfig.of(service)))));
    }

    Deployment deployment() {
        return rendered.typed("Deployment", service, Deployment.class);
    }

    Map<String, String> podLabels() {
        return deployment().getSpec().getTemplate().getMetadata().getLabels();
    }

    Container container() {
        var containers = deployment().getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(service + " should run one container, runs " + containers.size());
        }
        return containers.get(0);
    }

    int httpPort() {
        return container().getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no container port named http"))
                .getContainerPort();
    }

    /** Quarkus' management interface (health, metrics). */
    int managementPort() {
        return container().getPorts().stream().filter(p -> "management".equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no container port named management"))
                .getContainerPort();
    }

    /** Keys and values of the ConfigMaps the container takes whole ({@code envFrom}). */
    Map<String, String> configMapValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (EnvFromSource source : container().getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                values.putAll(rendered.typed("ConfigMap", source.getConfigMapRef().getName(), ConfigMap.class).getData());
            }
        }
        return values;
    }

    /** Every variable the container gets: its ConfigMaps' keys and its own {@code env}. */
    Set<String> environmentNames() {
        Set<String> names = new TreeSet<>(configMapValues().keySet());
        container().getEnv().forEach(e -> names.add(e.getName()));
        return names;
    }

    EnvVar env(String name) {
        return container().getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(service + " sets no env " + name));
    }

    /** A setting from the ConfigMaps, as the pod will see it. */
    String setting(String name) {
        String value = configMapValues().get(name);
        if (value == null) {
            throw new AssertionError(service + ": no " + name + " in its ConfigMap");
        }
        return value;
    }

    /** A literal {@code env} value with {@code $(NAME)} references resolved as the kubelet does. */
    String expanded(String name) {
        Map<String, String> known = configMapValues();
        Matcher m = DEPENDENT_VARIABLE.matcher(env(name).getValue());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(known.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** Host and port of a setting holding a URL, a JDBC URL or host:port. */
    URI endpoint(String name) {
        String value = setting(name).replaceFirst("^jdbc:", "");
        return URI.create(value.contains("://") ? value : "tcp://" + value);
    }
}
