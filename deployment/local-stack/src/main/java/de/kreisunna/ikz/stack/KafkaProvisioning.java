package de.kreisunna.ikz.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.TopicExistsException;

/** Kafka seen from a client: login properties, readiness, and making topics and ACLs match {@link KafkaTopology}. */
final class KafkaProvisioning {

    /** Kafka 4 refuses OAuth endpoints unless this JVM-wide property lists them. */
    static final String ALLOWED_URLS_PROPERTY = "org.apache.kafka.sasl.oauthbearer.allowed.urls";

    private static final long TIMEOUT_SECONDS = 30;

    private KafkaProvisioning() {
    }

    /** Client-credentials login as {@code clientId}; the principal the broker sees is {@code User:<clientId>}. */
    static Properties clientProperties(String bootstrap, String tokenUrl, String clientId, String secret) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "OAUTHBEARER");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;");
        p.put("sasl.login.callback.handler.class",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
        p.put("sasl.oauthbearer.token.endpoint.url", tokenUrl);
        p.put("sasl.oauthbearer.client.credentials.client.id", clientId);
        p.put("sasl.oauthbearer.client.credentials.client.secret", secret);
        p.put("sasl.oauthbearer.sub.claim.name", "azp");
        p.put("sasl.login.refresh.buffer.seconds", "30");
        p.put("sasl.login.refresh.min.period.seconds", "30");
        p.put("client.id", clientId);
        return p;
    }

    /** Adds {@code url} to the allowed OAuth URLs of this JVM, keeping what others (e.g. another stack) put there. */
    static synchronized void allowUrl(String url) {
        String current = System.getProperty(ALLOWED_URLS_PROPERTY, "");
        Set<String> urls = new LinkedHashSet<>();
        Arrays.stream(current.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(urls::add);
        if (urls.add(url)) {
            System.setProperty(ALLOWED_URLS_PROPERTY, String.join(",", urls));
        }
    }

    static Admin admin(Properties clientProperties) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(p);
    }

    /** One round trip to the broker, authenticated: true when it answered. */
    static boolean answers(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Creates missing topics and makes the ACLs exactly those of the topology: a grant removed from the
     * topology disappears from a persistent local broker too.
     */
    static void apply(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        List<NewTopic> topics = KafkaTopology.TOPICS.stream()
                .map(t -> new NewTopic(t.name(), t.partitions(), t.replicationFactor()))
                .toList();
        for (Map.Entry<String, KafkaFuture<Void>> created
                : admin.createTopics(topics).values().entrySet()) {
            try {
                created.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }

        Set<AclBinding> wanted = KafkaTopology.aclBindings();
        List<AclBindingFilter> stale = new ArrayList<>();
        Collection<AclBinding> existingAcls = admin.describeAcls(AclBindingFilter.ANY).values()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (AclBinding existing : existingAcls) {
            if (!wanted.contains(existing)) {
                stale.add(existing.toFilter());
            }
        }
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        admin.createAcls(wanted).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
