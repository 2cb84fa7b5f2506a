package de.kreisunna.ikz.membership.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an audit entry is about. A membership change is filed under the town's timeline
 * ({@code membership}, id = AGS), with the agreement in its summary.
 */
public enum AuditedEntity {
    MUNICIPALITY, AGREEMENT, RESOLUTION, MEMBERSHIP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String keys() {
        return Arrays.stream(values()).map(AuditedEntity::key).collect(Collectors.joining(", "));
    }

    public static Optional<AuditedEntity> ofKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
    }
}
