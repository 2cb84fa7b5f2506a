package de.kreisunna.ikz.support.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * A message on a request: a public reply or comment both sides see, or an internal note of the support
 * staff that the requester never sees. The helpdesk may name the caseworker a comment was written for.
 */
@Embeddable
public record Comment(
        @Column(name = "at") Instant at,
        @Column(name = "author") String author,
        @Column(name = "by_staff") boolean byStaff,
        @Column(name = "internal") boolean internal,
        @Column(name = "text") String text,
        @Column(name = "on_behalf_of_name") String onBehalfOfName,
        @Column(name = "on_behalf_of_email") String onBehalfOfEmail,
        @Column(name = "id") UUID id) {

    /** The caseworker a helpdesk comment was written for; null for every other comment. */
    public OnBehalfOf onBehalfOf() {
        return onBehalfOfName == null ? null : new OnBehalfOf(onBehalfOfName, onBehalfOfEmail);
    }
}
