package de.kreisunna.ikz.membership.chronology;

import de.kreisunna.ikz.membership.agreement.Agreement;
import de.kreisunna.ikz.membership.agreement.AgreementChanged;
import de.kreisunna.ikz.membership.agreement.AgreementRepository;
import de.kreisunna.ikz.membership.agreement.AgreementService;
import de.kreisunna.ikz.membership.membership.MembershipService;
import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.municipality.MunicipalityRepository;
import de.kreisunna.ikz.membership.resolution.ResolutionService;
import de.kreisunna.ikz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chronology of the cooperation and a town's timeline. A town-scoped caller sees the steps of the
 * agreements it is a party of and its own resolutions, not other towns' resolutions.
 */
@ApplicationScoped
public class ChronologyService {

    /** A town's membership timeline across agreements and the steps that concern it. */
    public record Timeline(String ags, String name, long revision, List<TimelinePeriod> periods, List<ChronologyEntry> events) {
    }

    public record TimelinePeriod(String agreementId, String agreementTitle, LocalDate validFrom, LocalDate validUntil,
            LocalDate goLiveOn, LocalDate noticeGivenOn) {
    }

    private final AgreementRepository agreementRepository;
    private final AgreementService agreements;
    private final ResolutionService resolutions;
    private final MembershipService memberships;
    private final MunicipalityRepository municipalities;

    ChronologyService(AgreementRepository agreementRepository, AgreementService agreements, ResolutionService resolutions,
            MembershipService memberships, MunicipalityRepository municipalities) {
        this.agreementRepository = agreementRepository;
        this.agreements = agreements;
        this.resolutions = resolutions;
        this.memberships = memberships;
        this.municipalities = municipalities;
    }

    /** Every step the caller may see, by date; with {@code ags}, only that town's steps and its agreements'. */
    @Transactional
    public List<ChronologyEntry> chronology(String ags, Caller caller) {
        if (ags != null) {
            caller.requireVisible(ags, "municipality " + ags);
        }
        List<Agreement> visible = agreementRepository.visible(caller);
        String town = caller.isTownScoped() ? caller.requiredTown() : null;
        Set<String> ofInterest = visible.stream().filter(a -> ags == null || a.isParty(ags)).map(Agreement::id)
                .collect(Collectors.toSet());
        List<AgreementChanged> all = agreementRepository.all().stream().map(agreements::describe).toList();
        List<Municipality> towns = municipalities.all();
        Map<String, String> names = towns.stream().collect(Collectors.toMap(Municipality::ags, Municipality::name));
        return Chronology.of(all, resolutions.all(), memberships.all(), towns, names).stream()
                .filter(e -> e.ags() == null ? ofInterest.contains(e.agreementId())
                        : (ags == null || ags.equals(e.ags())) && visibleTo(town, e, ofInterest))
                .toList();
    }

    /** A town's timeline; another town's is 404 for a town-scoped caller. */
    @Transactional
    public Timeline timeline(String ags, Caller caller) {
        List<ChronologyEntry> events = chronology(ags, caller);
        Municipality town = municipalities.require(ags);
        List<TimelinePeriod> periods = town.periods().stream().map(p -> new TimelinePeriod(p.agreementId(),
                p.agreementId() == null ? null : agreementRepository.require(p.agreementId()).title(),
                p.validFrom(), p.validUntil(), p.goLiveOn(), p.noticeGivenOn())).toList();
        return new Timeline(town.ags(), town.name(), town.revision(), periods, events);
    }

    /** Staff see everything; a town its own steps and the members' steps of its agreements, not others' resolutions. */
    private static boolean visibleTo(String town, ChronologyEntry entry, Set<String> agreementsOfInterest) {
        if (town == null || town.equals(entry.ags())) {
            return true;
        }
        return entry.kind() != ChronologyEntry.Kind.RESOLUTION && agreementsOfInterest.contains(entry.agreementId());
    }
}
