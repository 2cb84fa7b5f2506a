package de.kreisunna.ikz.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The topics and who may do what with them: the single source of truth for the local stack, the system
 * tests and the check of the Kubernetes manifests. Every service gets exactly the rights its role in the
 * event flow needs; everything else is denied ({@code allow.everyone.if.no.acl.found=false}).
 */
public final class KafkaTopology {

    public static final String MEMBERSHIP_EVENTS = "ikz.membership.v1";
    public static final String COSTING_EVENTS = "ikz.costing.v1";
    public static final String SUPPORT_EVENTS = "ikz.support.v1";
    public static final String COSTING_DLQ = "ikz.costing.dlq";
    public static final String SUPPORT_DLQ = "ikz.support.dlq";

    /** Clients that are Kafka super users and therefore have no ACLs. */
    public static final Set<String> SUPER_USERS = Set.of("kafka-broker", "kafka-admin");

    public record Topic(String name, int partitions, short replicationFactor) {
    }

    /** One ALLOW rule for any host, as Kafka stores it. */
    public record Grant(String clientId, ResourceType resourceType, String resourceName, AclOperation operation) {

        public String principal() {
            return "User:" + clientId;
        }

        public AclBinding toAclBinding() {
            return new AclBinding(
                    new ResourcePattern(resourceType, resourceName, PatternType.LITERAL),
                    new AccessControlEntry(principal(), "*", operation, AclPermissionType.ALLOW));
        }
    }

    public static final List<Topic> TOPICS = List.of(
            topic(MEMBERSHIP_EVENTS),
            topic(COSTING_EVENTS),
            topic(SUPPORT_EVENTS),
            topic(COSTING_DLQ),
            topic(SUPPORT_DLQ));

    public static final List<Grant> GRANTS = grants();

    private KafkaTopology() {
    }

    /** The clients that have ACLs, i.e. the services. */
    public static Set<String> clientIds() {
        return GRANTS.stream().map(Grant::clientId).collect(Collectors.toCollection(TreeSet::new));
    }

    public static List<Grant> grantsOf(String clientId) {
        return GRANTS.stream().filter(g -> g.clientId().equals(clientId)).toList();
    }

    public static Set<AclBinding> aclBindings() {
        return GRANTS.stream().map(Grant::toAclBinding).collect(Collectors.toSet());
    }

    private static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();

        String membership = Service.MEMBERSHIP.clientId();
        writes(grants, membership, MEMBERSHIP_EVENTS);

        String costing = Service.COSTING.clientId();
        reads(grants, costing, MEMBERSHIP_EVENTS);
        reads(grants, costing, SUPPORT_EVENTS);
        consumerGroup(grants, costing, costing);
        writes(grants, costing, COSTING_EVENTS);
        writes(grants, costing, COSTING_DLQ);

        String support = Service.SUPPORT.clientId();
        reads(grants, support, MEMBERSHIP_EVENTS);
        consumerGroup(grants, support, support);
        writes(grants, support, SUPPORT_EVENTS);
        writes(grants, support, SUPPORT_DLQ);

        return List.copyOf(grants);
    }

    private static void writes(List<Grant> grants, String clientId, String topic) {
        grants.add(new Grant(clientId, ResourceType.TOPIC, topic, AclOperation.WRITE));
        grants.add(new Grant(clientId, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
    }

    private static void reads(List<Grant> grants, String clientId, String topic) {
        grants.add(new Grant(clientId, ResourceType.TOPIC, topic, AclOperation.READ));
        grants.add(new Grant(clientId, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
    }

    private static void consumerGroup(List<Grant> grants, String clientId, String group) {
        grants.add(new Grant(clientId, ResourceType.GROUP, group, AclOperation.READ));
    }

    private static Topic topic(String name) {
        return new Topic(name, 3, (short) 1);
    }
}
