package de.kreisunna.ikz.support.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Kopfstelle opened an onboarding case for a joining town. Keyed by AGS. Schema:
 * {@code schemas/onboarding-case-opened.v1.json}.
 */
public record OnboardingCaseOpened(UUID caseId, String ags, String townName, LocalDate accessionDate,
        List<ChecklistItem> checklist) implements DomainEvent {

    public static final String TYPE = "ikz.support.OnboardingCaseOpened.v1";

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return ags;
    }
}
