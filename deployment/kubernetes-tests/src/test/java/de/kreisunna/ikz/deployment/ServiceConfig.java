package de.kreisunna.ikz.deployment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's {@code src/main/resources/application.properties} says (the production profile). */
record ServiceConfig(String service, Properties properties) {

    /** {@code ${NAME}} or {@code ${NAME:default}} with an environment-variable-like name. */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern CHANNEL_KEY =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(topic|group\\.id|dead-letter-queue\\.topic)");

    static ServiceConfig of(String service) {
        Properties properties = new Properties();
        String file = Project.read(Project.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        try {
            properties.load(new StringReader(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceConfig(service, properties);
    }

    /** The environment variables the service reads: every {@code ${NAME...}} outside %profile keys. */
    Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The default of {@code ${NAME:default}} in the value of {@code key}. */
    String defaultOf(String key) {
        Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key, ""));
        if (!m.find() || m.group(2) == null) {
            throw new IllegalStateException(service + ": " + key + " has no ${NAME:default}");
        }
        return m.group(2);
    }

    Set<String> topicsWritten() {
        return channelValues("outgoing", "topic");
    }

    Set<String> topicsRead() {
        return channelValues("incoming", "topic");
    }

    Set<String> deadLetterTopics() {
        return channelValues("incoming", "dead-letter-queue.topic");
    }

    Set<String> consumerGroups() {
        return channelValues("incoming", "group.id");
    }

    private Set<String> channelValues(String direction, String attribute) {
        Set<String> values = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = CHANNEL_KEY.matcher(key);
            if (m.matches() && m.group(1).equals(direction) && m.group(3).equals(attribute)) {
                values.add(properties.getProperty(key));
            }
        }
        return values;
    }
}
