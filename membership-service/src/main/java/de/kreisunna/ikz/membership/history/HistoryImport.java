package de.kreisunna.ikz.membership.history;

import de.kreisunna.ikz.membership.agreement.AgreementRepository;
import de.kreisunna.ikz.membership.agreement.AgreementService;
import de.kreisunna.ikz.membership.history.HistoryDocument.AgreementHistory;
import de.kreisunna.ikz.membership.municipality.MunicipalityRepository;
import de.kreisunna.ikz.membership.municipality.MunicipalityService;
import de.kreisunna.ikz.membership.municipality.Registration;
import de.kreisunna.ikz.membership.resolution.ResolutionService;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.ExpectedVersion;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a {@link HistoryDocument} through the domain services in one transaction: all of it or nothing.
 * Refused (409) once any of its agreements exists, so calling it on every start is safe. Municipalities
 * already registered are kept as they are (an admin may have edited them); every step is audited and
 * published like a change made through the API.
 */
@ApplicationScoped
public class HistoryImport {

    /** What the import created. */
    public record Summary(List<String> municipalitiesRegistered, List<String> municipalitiesKept, List<String> agreements,
            int resolutions, int goLives, int interimCostSharing) {
    }

    private final MunicipalityRepository municipalityRepository;
    private final MunicipalityService municipalities;
    private final AgreementRepository agreementRepository;
    private final AgreementService agreements;
    private final ResolutionService resolutions;

    HistoryImport(MunicipalityRepository municipalityRepository, MunicipalityService municipalities,
            AgreementRepository agreementRepository, AgreementService agreements, ResolutionService resolutions) {
        this.municipalityRepository = municipalityRepository;
        this.municipalities = municipalities;
        this.agreementRepository = agreementRepository;
        this.agreements = agreements;
        this.resolutions = resolutions;
    }

    @Transactional
    public Summary replay(HistoryDocument history) {
        history.agreements().stream().map(a -> a.agreement().id()).filter(agreementRepository::exists).findFirst()
                .ifPresent(id -> {
                    throw new Conflict("the history has been imported already: agreement " + id + " exists");
                });
        List<String> registered = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < history.municipalities().size(); i++) {
            Registration town = history.municipalities().get(i);
            if (municipalityRepository.exists(town.ags())) {
                kept.add(town.ags());
            } else {
                at("municipalities[" + i + "]", () -> municipalities.register(town.ags(), town.data()));
                registered.add(town.ags());
            }
        }
        for (int i = 0; i < history.procedureUse().size(); i++) {
            HistoryDocument.ProcedureUse use = history.procedureUse().get(i);
            at("procedureUse[" + i + "]", () -> municipalities.recordGoLive(use.ags(), use.goLive()));
        }
        int resolutionCount = 0;
        for (int i = 0; i < history.agreements().size(); i++) {
            AgreementHistory entry = history.agreements().get(i);
            at("agreements[" + i + "]", () -> replay(entry));
            resolutionCount += entry.resolutions().size();
        }
        for (int i = 0; i < history.interimCostSharing().size(); i++) {
            HistoryDocument.InterimCostSharing decision = history.interimCostSharing().get(i);
            at("interimCostSharing[" + i + "]", () -> municipalities.shareCostsInterim(decision.ags(), decision.decision()));
        }
        return new Summary(registered, kept, history.agreements().stream().map(a -> a.agreement().id()).toList(),
                resolutionCount, history.procedureUse().size(), history.interimCostSharing().size());
    }

    private void replay(AgreementHistory entry) {
        String id = entry.agreement().id();
        agreements.create(id, entry.agreement().terms());
        entry.resolutions().forEach(r -> resolutions.record(id, r));
        if (entry.concludedOn() != null) {
            agreements.conclude(id, entry.concludedOn(), ExpectedVersion.ANY);
        }
        if (entry.entryIntoForce() != null) {
            agreements.enterIntoForce(id, entry.entryIntoForce(), ExpectedVersion.ANY);
        }
    }

    /** Says where in the document a step failed: the field becomes e.g. {@code agreements[1].concludedOn}. */
    private static void at(String path, Runnable step) {
        try {
            step.run();
        } catch (InvalidInput | Conflict e) {
            List<Violation> located = e.violations().isEmpty() ? List.of(new Violation(path, e.getMessage()))
                    : e.violations().stream().map(v -> new Violation(path + "." + v.field(), v.reason())).toList();
            throw e instanceof InvalidInput ? new InvalidInput(located) : new Conflict(path + ": " + e.getMessage(), located);
        }
    }
}
