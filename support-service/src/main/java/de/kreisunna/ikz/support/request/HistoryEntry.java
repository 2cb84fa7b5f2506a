package de.kreisunna.ikz.support.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One change of a request: when, by whom, what; internal entries are hidden from the requester. */
@Embeddable
public record HistoryEntry(
        @Column(name = "at") Instant at,
        @Column(name = "actor") String actor,
        @Enumerated(EnumType.STRING) @Column(name = "change") Change change,
        @Enumerated(EnumType.STRING) @Column(name = "from_status") Status fromStatus,
        @Enumerated(EnumType.STRING) @Column(name = "to_status") Status toStatus,
        @Column(name = "detail") String detail,
        @Column(name = "internal") boolean internal) {
}
