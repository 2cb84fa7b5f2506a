package de.kreisunna.ikz.platform.outbox;

/**
 * An event a service publishes. The type is the logical, versioned wire name
 * (e.g. {@code ikz.membership.MembershipChanged.v1}), never a Java class name; the subject is the
 * aggregate id and becomes the Kafka key, so one town's events stay in order.
 */
public interface DomainEvent {

    String type();

    String subject();
}
