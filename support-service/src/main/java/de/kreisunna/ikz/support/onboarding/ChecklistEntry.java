package de.kreisunna.ikz.support.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One checklist item of an onboarding case; done when {@code doneAt} is set. */
@Embeddable
public record ChecklistEntry(
        @Enumerated(EnumType.STRING) @Column(name = "item") ChecklistItem item,
        @Column(name = "done_at") Instant doneAt,
        @Column(name = "done_by") String doneBy) {

    public boolean done() {
        return doneAt != null;
    }
}
