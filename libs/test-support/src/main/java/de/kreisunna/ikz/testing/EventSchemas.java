package de.kreisunna.ikz.testing;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The producers' JSON Schemas of events, read where the producer keeps them (never copied), so a producer
 * test proves what it sends and a consumer test proves its reader accepts what the producer may send.
 */
public final class EventSchemas {

    private EventSchemas() {
    }

    /** Schema file {@code <producer>/src/main/resources/schemas/<file>} of this repository. */
    public static JsonSchema of(String producer, String file) {
        Path path = projectRoot().resolve(producer).resolve("src/main/resources/schemas").resolve(file);
        try {
            var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(path), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event schema " + path, e);
        }
    }

    /** The violations of a JSON document against the schema; empty if it conforms. */
    public static List<String> violations(JsonSchema schema, String json) {
        try {
            return schema.validate(json, com.networknt.schema.InputFormat.JSON).stream()
                    .map(ValidationMessage::getMessage).toList();
        } catch (Exception e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** The repository's root directory (the one holding {@code deployment/keycloak}), for tests that read project files. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deployment/keycloak"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the project: no deployment/keycloak above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
