package de.kreisunna.ikz.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class KafkaTopologyTest {

    @Test
    void topicsHaveThreePartitionsOnTheSingleNode() {
        assertThat(KafkaTopology.TOPICS)
                .extracting(KafkaTopology.Topic::name)
                .containsExactly("ikz.membership.v1", "ikz.costing.v1", "ikz.support.v1",
                        "ikz.costing.dlq", "ikz.support.dlq");
        assertThat(KafkaTopology.TOPICS).allSatisfy(t -> {
            assertThat(t.partitions()).isEqualTo(3);
            assertThat(t.replicationFactor()).isEqualTo((short) 1);
        });
    }

    @Test
    void membershipServiceOnlyWritesItsTopic() {
        assertThat(KafkaTopology.grantsOf("membership-service"))
                .extracting(KafkaTopology.Grant::resourceType, KafkaTopology.Grant::resourceName,
                        KafkaTopology.Grant::operation)
                .containsExactlyInAnyOrder(
                        tuple(ResourceType.TOPIC, "ikz.membership.v1", AclOperation.WRITE),
                        tuple(ResourceType.TOPIC, "ikz.membership.v1", AclOperation.DESCRIBE));
    }

    @Test
    void costingServiceReadsMembershipAndSupportAndWritesCostingAndItsDlq() {
        assertThat(KafkaTopology.grantsOf("costing-service"))
                .extracting(KafkaTopology.Grant::resourceType, KafkaTopology.Grant::resourceName,
                        KafkaTopology.Grant::operation)
                .containsExactlyInAnyOrder(
                        tuple(ResourceType.TOPIC, "ikz.membership.v1", AclOperation.READ),
                        tuple(ResourceType.TOPIC, "ikz.membership.v1", AclOperation.DESCRIBE),
                        tuple(ResourceType.TOPIC, "ikz.support.v1", AclOperation.READ),
                        tuple(ResourceType.TOPIC, "ikz.support.v1", AclOperation.DESCRIBE),
                        tuple(ResourceType.GROUP, "costing-service", AclOperation.READ),
                        tuple(ResourceType.TOPIC, "ikz.costing.v1", AclOperation.WRITE),
                        tuple(ResourceType.TOPIC, "ikz.costing.v1", AclOperation.DESCRIBE),
                        tuple(ResourceType.TOPIC, "ikz.costing.dlq", AclOperation.WRITE),
                        tuple(ResourceType.TOPIC, "ikz.costing.dlq", AclOperation.DESCRIBE));
    }

    @Test
    void supportServiceReadsMembershipAndWritesSupportAndItsDlq() {
        assertThat(KafkaTopology.grantsOf("support-service"))
                .extracting(KafkaTopology.Grant::resourceType, KafkaTopology.Grant::resourceName,
                        KafkaTopology.Grant::operation)
                .containsExactlyInAnyOrder(
                        tuple(ResourceType.TOPIC, "ikz.membership.v1", AclOperation.READ),
                        tuple(ResourceType.TOPIC, "ikz.membership.v1", AclOperation.DESCRIBE),
                        tuple(ResourceType.GROUP, "support-service", AclOperation.READ),
                        tuple(ResourceType.TOPIC, "ikz.support.v1", AclOperation.WRITE),
                        tuple(ResourceType.TOPIC, "ikz.support.v1", AclOperation.DESCRIBE),
                        tuple(ResourceType.TOPIC, "ikz.support.dlq", AclOperation.WRITE),
                        tuple(ResourceType.TOPIC, "ikz.support.dlq", AclOperation.DESCRIBE));
    }

    @Test
    void grantsAreAllowRulesForAnyHostOnExistingTopicsOnly() {
        var topicNames = KafkaTopology.TOPICS.stream().map(KafkaTopology.Topic::name).toList();
        assertThat(KafkaTopology.GRANTS)
                .filteredOn(g -> g.resourceType() == ResourceType.TOPIC)
                .allSatisfy(g -> assertThat(topicNames).contains(g.resourceName()));
        assertThat(KafkaTopology.aclBindings()).hasSize(KafkaTopology.GRANTS.size()).allSatisfy(b -> {
            assertThat(b.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
            assertThat(b.entry().host()).isEqualTo("*");
            assertThat(b.entry().principal()).startsWith("User:");
        });
        assertThat(KafkaTopology.clientIds()).containsExactly("costing-service", "membership-service",
                "support-service");
        assertThat(KafkaTopology.clientIds()).doesNotContainAnyElementsOf(KafkaTopology.SUPER_USERS);
    }
}
