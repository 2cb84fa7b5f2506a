package de.kreisunna.ikz.support.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A stored stretch of the SLA clock (see {@link de.kreisunna.ikz.support.sla.SlaClock}). */
@Embeddable
public record ClockSegment(
        @Column(name = "started_at") Instant startedAt,
        @Column(name = "ended_at") Instant endedAt) {
}
