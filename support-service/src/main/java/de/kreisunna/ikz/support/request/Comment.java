package de.kreisunna.ikz.support.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A message on a request: a public reply or comment both sides see, or an internal note of the support
 * staff that the requester never sees.
 */
@Embeddable
public record Comment(
        @Column(name = "at") Instant at,
        @Column(name = "author") String author,
        @Column(name = "by_staff") boolean byStaff,
        @Column(name = "internal") boolean internal,
        @Column(name = "text") String text) {
}
