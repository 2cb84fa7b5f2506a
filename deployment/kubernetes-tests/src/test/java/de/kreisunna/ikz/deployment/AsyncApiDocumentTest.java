package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import de.kreisunna.ikz.deployment.EventCode.PublishedEvent;
import de.kreisunna.ikz.stack.KafkaTopology;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import io.smallrye.reactive.messaging.kafka.impl.ce.KafkaCloudEventHelper;

/**
 * docs/asyncapi.yaml against the code it describes: its structure (AsyncAPI 3.0.0, checked by hand: the
 * official JSON Schema of AsyncAPI is not available offline), the topics of the services' configuration, the
 * event types the producers publish and the consumers handle, the producers' schema files, the record keys, the
 * headers the outbox relay and the connector write, and the brokers the services connect to.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Project.ROOT.resolve("docs/asyncapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("asyncapi", "id", "info", "servers",
            "defaultContentType", "channels", "operations", "components");
    private static final Set<String> SECURITY_SCHEME_TYPES = Set.of("userPassword", "apiKey", "X509",
            "symmetricEncryption", "asymmetricEncryption", "httpApiKey", "http", "oauth2", "openIdConnect", "plain",
            "scramSha256", "scramSha512", "gssapi");
    private static final Pattern CHANNEL_MESSAGE_REF = Pattern.compile("#/channels/([^/]+)/messages/([^/]+)");
    /** The dead-letter message: not a CloudEvent of any producer, written by the connector. */
    private static final String DEAD_LETTER = "DeadLetter";

    /**
     * The record headers each CloudEvent attribute the relay sets becomes, in the connector's binary mode
     * (KafkaCloudEventHelper.createBinaryRecord); the spec version is always written.
     */
    private static final Map<String, List<String>> CE_ATTRIBUTE_HEADERS = Map.of(
            "withId", List.of(KafkaCloudEventHelper.KAFKA_HEADER_FOR_ID),
            "withType", List.of(KafkaCloudEventHelper.KAFKA_HEADER_FOR_TYPE),
            "withSource", List.of(KafkaCloudEventHelper.KAFKA_HEADER_FOR_SOURCE),
            "withSubject", List.of(KafkaCloudEventHelper.KAFKA_HEADER_FOR_SUBJECT),
            "withTimestamp", List.of(KafkaCloudEventHelper.KAFKA_HEADER_FOR_TIME),
            "withDataSchema", List.of(KafkaCloudEventHelper.KAFKA_HEADER_FOR_SCHEMA),
            "withDataContentType", List.of(KafkaCloudEventHelper.KAFKA_HEADER_FOR_CONTENT_TYPE,
                    KafkaCloudEventHelper.KAFKA_HEADER_CONTENT_TYPE),
            "withSpecVersion", List.of());
    /** Written by the connector's send span when the relay hands it the trace context (TracingMetadata). */
    private static final String TRACEPARENT = "traceparent";

    private final JsonNode doc = document();

    @Test
    void isAnAsyncApi3DocumentWithTheRequiredStructure() {
        List<String> defects = new ArrayList<>();
        doc.fieldNames().forEachRemaining(f -> check(defects, TOP_LEVEL_FIELDS.contains(f), "unknown top-level field " + f));
        check(defects, doc.path("asyncapi").asText().equals("3.0.0"), "asyncapi is not 3.0.0");
        check(defects, !doc.path("info").path("title").asText().isBlank(), "info.title missing");
        check(defects, !doc.path("info").path("version").asText().isBlank(), "info.version missing");

        each(doc.path("servers"), (name, server) -> {
            check(defects, !server.path("host").asText().isBlank(), "servers." + name + ".host missing");
            check(defects, !server.path("protocol").asText().isBlank(), "servers." + name + ".protocol missing");
            Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(server.path("host").asText());
            while (variable.find()) {
                check(defects, server.path("variables").has(variable.group(1)),
                        "servers." + name + ": variable " + variable.group(1) + " not defined");
            }
            for (JsonNode requirement : server.path("security")) {
                String ref = requirement.path("$ref").asText();
                check(defects, ref.startsWith("#/components/securitySchemes/") && !resolve(ref).isMissingNode(),
                        "servers." + name + ": security " + ref + " is not a security scheme");
            }
        });
        each(doc.path("components").path("securitySchemes"), (name, scheme) -> check(defects,
                SECURITY_SCHEME_TYPES.contains(scheme.path("type").asText()), "security scheme " + name + " has no known type"));

        check(defects, doc.path("channels").size() > 0, "no channels");
        each(doc.path("channels"), (name, channel) -> {
            check(defects, !channel.path("address").asText().isBlank(), "channels." + name + ".address missing");
            each(channel.path("messages"), (key, message) -> check(defects,
                    message.path("$ref").asText().startsWith("#/components/messages/") && !deref(message).isMissingNode(),
                    "channels." + name + ".messages." + key + " is not a reference to a component message"));
        });

        check(defects, doc.path("operations").size() > 0, "no operations");
        each(doc.path("operations"), (name, operation) -> {
            check(defects, Set.of("send", "receive").contains(operation.path("action").asText()),
                    "operations." + name + ".action is neither send nor receive");
            String channelRef = operation.path("channel").path("$ref").asText();
            check(defects, channelRef.matches("#/channels/[^/]+") && !resolve(channelRef).isMissingNode(),
                    "operations." + name + ".channel does not resolve to a channel: " + channelRef);
            check(defects, operation.path("messages").size() > 0, "operations." + name + " has no messages");
            for (JsonNode message : operation.path("messages")) {
                String ref = message.path("$ref").asText();
                // AsyncAPI 3: an operation's messages are messages of its channel
                check(defects, ref.startsWith(channelRef + "/messages/") && !resolve(ref).isMissingNode(),
                        "operations." + name + ": message " + ref + " is not a message of " + channelRef);
            }
        });

        each(doc.path("components").path("messages"), (name, message) -> {
            check(defects, message.has("payload"), "components.messages." + name + " has no payload");
            check(defects, headerSchemas(message).stream().allMatch(h -> h.path("type").asText().equals("object")),
                    "components.messages." + name + ".headers is not a schema of type object");
        });

        assertThat(defects).as("AsyncAPI structure of " + DOCUMENT).isEmpty();
    }

    @Test
    void everyReferenceResolvesAndEveryFileReferenceIsAFileOfTheRepository() {
        List<String> unresolved = new ArrayList<>();
        walk(doc, "", (path, ref) -> {
            if (!ref.startsWith("#") && !Files.isRegularFile(fileOf(ref))) {
                unresolved.add(path + ": no file " + fileOf(ref));
            } else if (!fileOf(ref).startsWith(Project.ROOT)) {
                unresolved.add(path + ": " + ref + " is outside the repository");
            } else if (resolve(ref).isMissingNode()) {
                unresolved.add(path + ": " + ref + " does not resolve");
            }
        });

        assertThat(unresolved).isEmpty();
    }

    @Test
    void theChannelsAreTheTopicsOfTheServicesConfigurationAndOfTheKafkaTopology() {
        Set<String> configured = new TreeSet<>();
        for (String service : Project.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            configured.addAll(config.topicsWritten());
            configured.addAll(config.topicsRead());
            configured.addAll(config.deadLetterTopics());
        }
        Map<String, Integer> partitions = new TreeMap<>();
        Map<String, String> bindingTopics = new TreeMap<>();
        each(doc.path("channels"), (name, channel) -> {
            String address = channel.path("address").asText();
            partitions.put(address, channel.path("bindings").path("kafka").path("partitions").asInt());
            bindingTopics.put(address, channel.path("bindings").path("kafka").path("topic").asText(address));
        });

        assertThat(partitions.keySet()).as("channel addresses vs. the topics in the services' application.properties")
                .isEqualTo(configured);
        assertThat(partitions).as("channels and partitions vs. KafkaTopology")
                .isEqualTo(KafkaTopology.TOPICS.stream()
                        .collect(Collectors.toMap(KafkaTopology.Topic::name, KafkaTopology.Topic::partitions)));
        bindingTopics.forEach((address, topic) -> assertThat(topic).as("kafka binding topic of " + address).isEqualTo(address));
    }

    @Test
    void eachServiceSendsAndReceivesOnExactlyTheTopicsItIsConfiguredFor() {
        for (String service : Project.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Set<String> sent = new TreeSet<>(config.topicsWritten());
            sent.addAll(config.deadLetterTopics());

            assertThat(addresses(operationsOf(service, "send"))).as(service + " sends to").isEqualTo(sent);
            assertThat(addresses(operationsOf(service, "receive"))).as(service + " receives from").isEqualTo(config.topicsRead());
            String clientId = config.properties().getProperty("kafka.sasl.oauthbearer.client.credentials.client.id");
            for (JsonNode operation : operationsOf(service, null)) {
                JsonNode kafka = operation.path("bindings").path("kafka");
                assertThat(kafka.path("clientId").path("const").asText()).as(service + ": kafka clientId").isEqualTo(clientId);
                if (operation.path("action").asText().equals("receive")) {
                    assertThat(Set.of(kafka.path("groupId").path("const").asText()))
                            .as(service + ": consumer group").isEqualTo(config.consumerGroups());
                }
            }
        }
    }

    @Test
    void everyEventTypeAProducerPublishesIsAMessageOfItsSendOperationAndNoMore() {
        for (String service : Project.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Set<String> published = EventCode.publishedBy(service).stream().map(PublishedEvent::type)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(published).as(service + " publishes DomainEvents").isNotEmpty();
            for (JsonNode send : operationsOf(service, "send")) {
                String address = resolve(send.path("channel").path("$ref").asText()).path("address").asText();
                if (config.topicsWritten().contains(address)) {
                    Set<String> documented = messagesOf(send).stream().map(this::ceType)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertThat(documented).as(service + "'s event types on " + address).isEqualTo(published);
                } else {
                    assertThat(messagesOf(send)).as(service + "'s dead letters on " + address).containsExactly(DEAD_LETTER);
                }
            }
        }
    }

    @Test
    void everyEventTypeInTheCodeIsDocumentedAndEveryDocumentedTypeIsPublished() {
        Set<String> published = new TreeSet<>();
        Project.SERVICES.forEach(s -> EventCode.publishedBy(s).forEach(e -> published.add(e.type())));
        Set<String> documented = new TreeSet<>();
        each(doc.path("components").path("messages"), (name, message) -> {
            if (!name.equals(DEAD_LETTER)) {
                documented.add(ceType(name));
            }
        });

        assertThat(documented).as("ce_type of the messages vs. the producers' DomainEvent types").isEqualTo(published);
        Map<String, Set<String>> undocumented = new TreeMap<>(EventCode.typeLiterals());
        undocumented.keySet().removeAll(documented);
        assertThat(undocumented).as("event types named in the main code of services and libraries, not documented")
                .isEmpty();
        Set<String> referenced = new TreeSet<>();
        each(doc.path("channels"), (name, channel) -> each(channel.path("messages"),
                (key, message) -> referenced.add(componentName(message.path("$ref").asText()))));
        assertThat(referenced).as("component messages used by a channel")
                .isEqualTo(fieldNames(doc.path("components").path("messages")));
    }

    @Test
    void eachConsumerReceivesExactlyTheTypesItsReadersHandle() {
        Map<String, String> topicOfType = new TreeMap<>();
        for (String service : Project.SERVICES) {
            String topic = ServiceConfig.of(service).topicsWritten().iterator().next();
            EventCode.publishedBy(service).forEach(e -> topicOfType.put(e.type(), topic));
        }
        for (String service : Project.SERVICES) {
            Set<String> handled = EventCode.consumedBy(service);
            Set<String> received = new TreeSet<>();
            for (JsonNode receive : operationsOf(service, "receive")) {
                String address = resolve(receive.path("channel").path("$ref").asText()).path("address").asText();
                for (String message : messagesOf(receive)) {
                    received.add(ceType(message));
                    assertThat(topicOfType.get(ceType(message))).as(service + " receives " + ceType(message) + " on")
                            .isEqualTo(address);
                }
            }

            assertThat(received).as(service + " receives (document) vs. handles (TYPE constants of its readers)")
                    .isEqualTo(handled);
        }
    }

    @Test
    void eachPayloadIsTheSchemaFileTheProducerNamesAndTestsItsEventsAgainst() throws IOException {
        var metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String service : Project.SERVICES) {
            String producerTests = testSources(service);
            for (PublishedEvent event : EventCode.publishedBy(service)) {
                String expected = "../" + service + "/src/main/resources/schemas/" + event.schemaFile();
                JsonNode message = messageOfType(event.type());
                String ref = message.path("payload").path("$ref").asText();

                assertThat(ref).as(event.type() + " payload").isEqualTo(expected);
                JsonNode schema = resolve(ref);
                assertThat(schema.path("$id").asText()).as(ref + " $id").isEqualTo("urn:ikz:schema:" + event.type());
                assertThat(schema.path("$schema").asText()).as(ref + " $schema")
                        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(metaSchema.validate(schema.toString(), InputFormat.JSON)).as(ref + " is a JSON Schema")
                        .extracting(ValidationMessage::getMessage).isEmpty();
                assertThat(producerTests).as(service + "'s tests validate its events against " + event.schemaFile())
                        .contains("\"" + event.schemaFile() + "\"");
            }
        }
    }

    @Test
    void theKeyIsTheFieldTheProducerTakesTheSubjectFrom() {
        assertThat(EventCode.builderCalls("OutgoingKafkaRecordMetadata.<String>builder()"))
                .as("the relay sets only the record key").containsExactly("withKey");
        assertThat(EventCode.relaySource()).as("the key is the event's subject").contains("withKey(event.subject())");
        for (String service : Project.SERVICES) {
            for (PublishedEvent event : EventCode.publishedBy(service)) {
                String payload = "../" + service + "/src/main/resources/schemas/" + event.schemaFile();
                String key = messageOfType(event.type()).path("bindings").path("kafka").path("key").path("$ref").asText();

                assertThat(key).as(event.type() + " key (subject() in " + event.source().getFileName() + ")")
                        .isEqualTo(payload + "#/properties/" + event.keyField());
                assertThat(resolve(payload).path("required")).as(event.type() + ": the key field is required")
                        .extracting(JsonNode::asText).contains(event.keyField());
            }
        }
        JsonNode deadLetterKey = doc.path("components").path("messages").path(DEAD_LETTER).path("bindings").path("kafka").path("key");
        assertThat(deadLetterKey.path("type").asText()).isEqualTo("string");
    }

    @Test
    void theHeadersOfEachEventAreTheOnesTheRelayWrites() {
        Set<String> written = new TreeSet<>();
        written.add(KafkaCloudEventHelper.KAFKA_HEADER_FOR_SPEC_VERSION);
        for (String call : EventCode.builderCalls("OutgoingCloudEventMetadata.builder()")) {
            List<String> headers = CE_ATTRIBUTE_HEADERS.get(call);
            if (headers == null) {
                fail("the outbox relay calls " + call + " on the CloudEvent metadata: document the header it writes in "
                        + DOCUMENT + " and here");
            }
            written.addAll(headers);
        }
        boolean traced = EventCode.relaySource().contains("TracingMetadata.with");
        if (traced) {
            written.add(TRACEPARENT);
        }
        Set<String> always = new TreeSet<>(written);
        always.remove(TRACEPARENT);

        for (String service : Project.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            assertThat(config.properties().getProperty("mp.messaging.outgoing.outbox-events.cloud-events-mode"))
                    .as(service + ": the relay's channel writes CloudEvents as headers").isEqualTo("binary");
            String source = config.properties().getProperty("ikz.outbox.source");
            for (PublishedEvent event : EventCode.publishedBy(service)) {
                String message = componentName(messageRefOfType(event.type()));
                Set<String> documented = new TreeSet<>();
                Set<String> required = new TreeSet<>();
                Map<String, String> constants = new TreeMap<>();
                for (JsonNode schema : headerSchemas(doc.path("components").path("messages").path(message))) {
                    documented.addAll(fieldNames(schema.path("properties")));
                    schema.path("required").forEach(r -> required.add(r.asText()));
                    each(schema.path("properties"), (name, header) -> {
                        if (header.has("const")) {
                            constants.put(name, header.path("const").asText());
                        }
                    });
                }

                assertThat(documented).as(message + ": documented headers vs. those the relay writes").isEqualTo(written);
                assertThat(required).as(message + ": headers written on every record").isEqualTo(always);
                assertThat(constants).as(message + ": constant headers")
                        .containsEntry(KafkaCloudEventHelper.KAFKA_HEADER_FOR_TYPE, event.type())
                        .containsEntry(KafkaCloudEventHelper.KAFKA_HEADER_FOR_SOURCE, source)
                        .containsEntry(KafkaCloudEventHelper.KAFKA_HEADER_FOR_SPEC_VERSION, "1.0");
            }
        }
        assertThat(EventCode.relaySource()).as("the relay's content type").contains("withDataContentType(\"application/json\")");
    }

    @Test
    void deadLettersDocumentTheConnectorsDeadLetterHeaders() {
        Set<String> connector = Set.of(KafkaDeadLetterQueue.DEAD_LETTER_REASON, KafkaDeadLetterQueue.DEAD_LETTER_CAUSE,
                KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME, KafkaDeadLetterQueue.DEAD_LETTER_CAUSE_CLASS_NAME,
                KafkaDeadLetterQueue.DEAD_LETTER_TOPIC, KafkaDeadLetterQueue.DEAD_LETTER_PARTITION,
                KafkaDeadLetterQueue.DEAD_LETTER_OFFSET);
        JsonNode message = doc.path("components").path("messages").path(DEAD_LETTER);
        Set<String> documented = new TreeSet<>();
        headerSchemas(message).forEach(h -> documented.addAll(fieldNames(h.path("properties"))));

        assertThat(documented).isEqualTo(new TreeSet<>(connector));
        for (String service : Project.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            config.properties().stringPropertyNames().stream()
                    .filter(k -> k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.connector"))
                    .map(k -> k.replaceFirst("\\.connector$", ""))
                    .forEach(channel -> assertThat(config.properties().getProperty(channel + ".failure-strategy"))
                            .as(service + ": " + channel + " dead-letters what it cannot process").isEqualTo("dead-letter-queue"));
        }
    }

    @Test
    void theServersAreTheBrokersTheServicesConnectTo() throws IOException {
        JsonNode local = doc.path("servers").path("local");
        JsonNode cluster = doc.path("servers").path("cluster");
        String kafkaVersion = YAML.readTree(Project.KUBERNETES.resolve("base/kafka/kafka.yaml").toFile())
                .path("spec").path("kafka").path("version").asText();
        Map<String, String> clusterSettings = new TreeMap<>();
        for (JsonNode generator : YAML.readTree(Project.KUBERNETES.resolve("base/kustomization.yaml").toFile())
                .path("configMapGenerator")) {
            for (JsonNode literal : generator.path("literals")) {
                String[] pair = literal.asText().split("=", 2);
                clusterSettings.put(pair[0], pair[1]);
            }
        }

        for (String service : Project.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            assertThat(local.path("host").asText()).as(service + " local bootstrap").isEqualTo(config.defaultOf("kafka.bootstrap.servers"));
            assertThat(config.properties().getProperty("kafka.security.protocol")).as(service).isEqualTo("SASL_PLAINTEXT");
            assertThat(config.properties().getProperty("kafka.sasl.mechanism")).as(service).isEqualTo("OAUTHBEARER");
            assertThat(tokenUrl(local)).as(service + " local token endpoint")
                    .isEqualTo(config.defaultOf("kafka.sasl.oauthbearer.token.endpoint.url"));
        }
        assertThat(local.path("protocol").asText()).as("SASL_PLAINTEXT").isEqualTo("kafka");
        assertThat(cluster.path("host").asText()).isEqualTo("{bootstrap}");
        assertThat(cluster.path("variables").path("bootstrap").path("default").asText())
                .isEqualTo(clusterSettings.get("IKZ_KAFKA_BOOTSTRAP"));
        assertThat(clusterSettings.get("KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
        assertThat(cluster.path("protocol").asText()).as("SASL_SSL").isEqualTo("kafka-secure");
        assertThat(tokenUrl(cluster)).isEqualTo(clusterSettings.get("IKZ_KAFKA_TOKEN_URL"));
        assertThat(List.of(local.path("protocolVersion").asText(), cluster.path("protocolVersion").asText()))
                .as("Kafka version").containsOnly(kafkaVersion);
    }

    // --- reading the document -------------------------------------------------------------------------------------

    private static JsonNode document() {
        try {
            JsonNode doc = YAML.readTree(DOCUMENT.toFile());
            if (doc == null || !doc.isObject()) {
                throw new AssertionError(DOCUMENT + " is not a YAML mapping");
            }
            return doc;
        } catch (IOException e) {
            throw new AssertionError(DOCUMENT + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** A {@code #/json/pointer} into the document, or {@code file[#/pointer]} relative to docs/. */
    private JsonNode resolve(String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode root = doc;
        if (!file.isEmpty()) {
            Path path = fileOf(file);
            if (!Files.isRegularFile(path)) {
                return MissingNode.getInstance();
            }
            try {
                root = YAML.readTree(path.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    private static Path fileOf(String ref) {
        int hash = ref.indexOf('#');
        return DOCUMENT.getParent().resolve(hash < 0 ? ref : ref.substring(0, hash)).normalize();
    }

    private JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = resolve(current.path("$ref").asText());
        }
        return current;
    }

    /** The schemas a message's headers consist of: the headers schema itself, or each part of its allOf. */
    private List<JsonNode> headerSchemas(JsonNode message) {
        JsonNode headers = deref(message.path("headers"));
        if (!headers.has("allOf")) {
            return List.of(headers);
        }
        List<JsonNode> parts = new ArrayList<>();
        headers.path("allOf").forEach(part -> parts.add(deref(part)));
        return parts;
    }

    /** The ce_type a component message documents. */
    private String ceType(String message) {
        return headerSchemas(doc.path("components").path("messages").path(message)).stream()
                .map(h -> h.path("properties").path(KafkaCloudEventHelper.KAFKA_HEADER_FOR_TYPE).path("const"))
                .filter(JsonNode::isTextual).map(JsonNode::asText).findFirst()
                .orElseThrow(() -> new AssertionError("message " + message + " documents no constant ce_type"));
    }

    private String messageRefOfType(String type) {
        Set<String> matching = new TreeSet<>();
        each(doc.path("components").path("messages"), (name, message) -> {
            if (!name.equals(DEAD_LETTER) && ceType(name).equals(type)) {
                matching.add("#/components/messages/" + name);
            }
        });
        assertThat(matching).as("messages documenting ce_type " + type).hasSize(1);
        return matching.iterator().next();
    }

    private JsonNode messageOfType(String type) {
        return resolve(messageRefOfType(type));
    }

    /** The operations of a service (named by the operation's tag), of one action or (null) all. */
    private List<JsonNode> operationsOf(String service, String action) {
        List<JsonNode> operations = new ArrayList<>();
        each(doc.path("operations"), (name, operation) -> {
            Set<String> services = new TreeSet<>();
            operation.path("tags").forEach(t -> services.add(t.path("name").asText()));
            services.retainAll(Project.SERVICES);
            assertThat(services).as("operations." + name + " is tagged with the one service it belongs to").hasSize(1);
            if (services.contains(service) && (action == null || operation.path("action").asText().equals(action))) {
                operations.add(operation);
            }
        });
        return operations;
    }

    private Set<String> addresses(List<JsonNode> operations) {
        return operations.stream().map(o -> resolve(o.path("channel").path("$ref").asText()).path("address").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The component message names an operation lists (through its channel's messages). */
    private List<String> messagesOf(JsonNode operation) {
        List<String> names = new ArrayList<>();
        for (JsonNode message : operation.path("messages")) {
            Matcher m = CHANNEL_MESSAGE_REF.matcher(message.path("$ref").asText());
            assertThat(m.matches()).as("operation message " + message).isTrue();
            names.add(componentName(doc.path("channels").path(m.group(1)).path("messages").path(m.group(2))
                    .path("$ref").asText()));
        }
        return names;
    }

    private static String componentName(String ref) {
        assertThat(ref).startsWith("#/components/messages/");
        return ref.substring("#/components/messages/".length());
    }

    private String tokenUrl(JsonNode server) {
        JsonNode scheme = resolve(server.path("security").path(0).path("$ref").asText());
        assertThat(scheme.path("type").asText()).as("OAUTHBEARER with client credentials").isEqualTo("oauth2");
        return scheme.path("flows").path("clientCredentials").path("tokenUrl").asText();
    }

    private static String testSources(String service) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(Project.ROOT.resolve(service).resolve("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Project.read(file)).append('\n');
            }
        }
        return all.toString();
    }

    private static void each(JsonNode object, BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            action.accept(field.getKey(), field.getValue());
        }
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Calls back with (where, $ref) for every $ref in the tree. */
    private static void walk(JsonNode node, String path, BiConsumer<String, String> onRef) {
        if (node.isObject()) {
            each(node, (name, child) -> {
                if (name.equals("$ref") && child.isTextual()) {
                    onRef.accept(path, child.asText());
                } else {
                    walk(child, path + "/" + name, onRef);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, onRef);
            }
        }
    }

    private static void check(List<String> defects, boolean ok, String defect) {
        if (!ok) {
            defects.add(defect);
        }
    }
}
