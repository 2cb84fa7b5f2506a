package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The broker's configuration files, rendered from templates kept beside this class. */
final class KafkaServerConfig {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private KafkaServerConfig() {
    }

    static String serverProperties(int kafkaPort, int controllerPort, Path dataDir, String issuer, String jwksUrl,
                                   String tokenUrl, String brokerClientSecret) {
        return render(template("kafka-server.properties"), Map.of(
                "kafkaPort", Integer.toString(kafkaPort),
                "controllerPort", Integer.toString(controllerPort),
                "dataDir", dataDir.toString(),
                "issuer", issuer,
                "jwksUrl", jwksUrl,
                "tokenUrl", tokenUrl,
                "brokerClientSecret", brokerClientSecret));
    }

    static String log4j2Properties() {
        return template("kafka-log4j2.properties");
    }

    /** Fails on a placeholder without a value, so a typo never reaches the broker as a literal. */
    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(escapeForProperties(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Backslashes are escapes in a properties file. */
    private static String escapeForProperties(String value) {
        return value.replace("\\", "\\\\");
    }

    private static String template(String name) {
        try (InputStream in = KafkaServerConfig.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
