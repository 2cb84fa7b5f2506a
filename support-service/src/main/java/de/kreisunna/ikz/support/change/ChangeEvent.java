package de.kreisunna.ikz.support.change;

import de.kreisunna.ikz.support.request.Category;
import de.kreisunna.ikz.support.request.Change;
import de.kreisunna.ikz.support.request.Status;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a request as integrators receive it, in the envelope the Standard Webhooks specification
 * suggests ({@code type}, {@code timestamp}, {@code data}). It carries no free text (no subject, description,
 * comment or detail) and nothing internal beyond the fact for staff: the receiver reads the request itself,
 * where the usual visibility rules apply.
 */
public record ChangeEvent(String type, Instant timestamp, Data data) {

    public record Data(UUID changeId, UUID requestId, String ags, Category category, String externalReference,
            Change change, Status fromStatus, Status toStatus, Status status) {
    }
}
