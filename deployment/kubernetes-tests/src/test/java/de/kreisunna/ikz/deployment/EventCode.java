package de.kreisunna.ikz.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the source code says about events, read without compiling or starting anything: the {@code DomainEvent}s
 * each service publishes (type, the schema file its Javadoc names, the field its subject, i.e. the Kafka key, is
 * taken from), the types each consumer handles, every event-type literal, and the headers the outbox relay sets.
 */
final class EventCode {

    /** A versioned wire type such as {@code ikz.membership.MembershipChanged.v1}. */
    static final Pattern TYPE_LITERAL = Pattern.compile("\"(ikz\\.[a-z]+\\.[A-Z][A-Za-z0-9]*\\.v[0-9]+)\"");
    private static final Pattern TYPE_CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+TYPE\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern SCHEMA_IN_JAVADOC = Pattern.compile("\\{@code\\s+schemas/([^}\\s]+)}");
    private static final Pattern SUBJECT_METHOD = Pattern.compile(
            "String\\s+subject\\(\\)\\s*\\{\\s*return\\s+([^;]+);");
    private static final Path RELAY = Path.of(
            "libs/service-platform/src/main/java/de/kreisunna/ikz/platform/outbox/OutboxRelay.java");
    private static final Path MEMBERSHIP_PROJECTION = Path.of("libs/membership-projection");

    /** An event a service publishes through its outbox, as its {@code DomainEvent} class declares it. */
    record PublishedEvent(String service, String type, String schemaFile, String keyField, Path source) {
    }

    private EventCode() {
    }

    /** Every {@code DomainEvent} implementation in the service's main code. */
    static List<PublishedEvent> publishedBy(String service) {
        List<PublishedEvent> events = new ArrayList<>();
        for (Path file : javaFiles(Project.ROOT.resolve(service).resolve("src/main/java"))) {
            String code = Project.read(file);
            if (!code.contains("implements DomainEvent")) {
                continue;
            }
            events.add(new PublishedEvent(service,
                    single(TYPE_CONSTANT, code, file, "a TYPE constant"),
                    single(SCHEMA_IN_JAVADOC, code, file, "a Javadoc naming {@code schemas/<file>}"),
                    keyField(single(SUBJECT_METHOD, code, file, "a subject() returning a field")),
                    file));
        }
        return events;
    }

    /**
     * The event types the service's consumers handle: the {@code TYPE} constants of its tolerant readers (its main
     * classes that are not events it publishes), and those of libs/membership-projection if it includes that.
     */
    static Set<String> consumedBy(String service) {
        Set<String> types = new TreeSet<>(readerTypes(Project.ROOT.resolve(service).resolve("src/main/java")));
        if (Project.read(Project.ROOT.resolve(service).resolve("pom.xml"))
                .contains("<artifactId>membership-projection</artifactId>")) {
            types.addAll(readerTypes(Project.ROOT.resolve(MEMBERSHIP_PROJECTION).resolve("src/main/java")));
        }
        return types;
    }

    /** Every event-type string literal in the main code of the services and libraries, with where it is. */
    static Map<String, Set<String>> typeLiterals() {
        Map<String, Set<String>> found = new TreeMap<>();
        List<Path> roots = new ArrayList<>();
        Project.SERVICES.forEach(s -> roots.add(Project.ROOT.resolve(s).resolve("src/main/java")));
        roots.add(Project.ROOT.resolve("libs"));
        for (Path root : roots) {
            for (Path file : javaFiles(root)) {
                if (!file.toString().contains("/src/main/")) {
                    continue;
                }
                Matcher m = TYPE_LITERAL.matcher(Project.read(file));
                while (m.find()) {
                    found.computeIfAbsent(m.group(1), t -> new TreeSet<>()).add(Project.ROOT.relativize(file).toString());
                }
            }
        }
        return found;
    }

    /** The source of the outbox relay. */
    static String relaySource() {
        return Project.read(Project.ROOT.resolve(RELAY));
    }

    /** The {@code .withXxx(} calls of the builder chain that starts with {@code start} in the relay's source. */
    static List<String> builderCalls(String start) {
        String code = relaySource();
        int from = code.indexOf(start);
        if (from < 0) {
            throw new AssertionError("the outbox relay (" + RELAY + ") no longer calls " + start);
        }
        String chain = code.substring(from, code.indexOf(".build()", from));
        List<String> calls = new ArrayList<>();
        Matcher m = Pattern.compile("\\.(with[A-Za-z]+)\\(").matcher(chain);
        while (m.find()) {
            calls.add(m.group(1));
        }
        return calls;
    }

    private static Set<String> readerTypes(Path root) {
        Set<String> types = new LinkedHashSet<>();
        for (Path file : javaFiles(root)) {
            String code = Project.read(file);
            Matcher m = TYPE_CONSTANT.matcher(code);
            if (!code.contains("implements DomainEvent") && m.find()) {
                types.add(m.group(1));
            }
        }
        return types;
    }

    /** {@code ags}, {@code state.agreementId()}, {@code sessionId.toString()}: the field the subject is. */
    private static String keyField(String expression) {
        return expression.trim().replaceFirst("^state\\.", "").replaceFirst("\\.toString\\(\\)$", "")
                .replaceFirst("\\(\\)$", "");
    }

    private static String single(Pattern pattern, String code, Path file, String what) {
        Matcher m = pattern.matcher(code);
        if (!m.find()) {
            throw new AssertionError(Project.ROOT.relativize(file) + " is a DomainEvent without " + what);
        }
        String value = m.group(1);
        if (m.find() && !m.group(1).equals(value)) {
            throw new AssertionError(Project.ROOT.relativize(file) + " has more than one " + what);
        }
        return value;
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
