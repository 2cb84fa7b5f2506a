package de.kreisunna.ikz.support.messaging;

import de.kreisunna.ikz.membership.projection.MembershipProjection.TimelineUpdated;
import de.kreisunna.ikz.support.onboarding.Accessions;
import de.kreisunna.ikz.support.onboarding.OnboardingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reacts to consumed membership timelines: every accession in a changed timeline opens an onboarding case.
 * Runs synchronously inside the consuming transaction, so the case, its event and the processed-event record
 * commit together, and a redelivered membership event opens nothing twice.
 */
@ApplicationScoped
public class AccessionObserver {

    private final OnboardingService onboarding;

    AccessionObserver(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    void onTimelineUpdated(@Observes TimelineUpdated update) {
        Accessions.between(update.previousPeriods(), update.town().periods())
                .forEach(day -> onboarding.openFor(update.town().ags(), update.town().name(), day));
    }
}
