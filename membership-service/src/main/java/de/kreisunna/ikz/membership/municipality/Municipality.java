package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.einvoice.LeitwegId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A town (or the district): its master data and its membership timeline across all agreements. Every change
 * of the timeline (or of the name it carries) raises the revision and yields the whole timeline as a
 * {@link MembershipChanged} event. A town is a member of at most one agreement on any day: the published
 * timeline never overlaps, which consumers rely on. Party status (periods in agreements), use of the procedure
 * (go-live) and cost sharing (party periods plus recorded decisions) are kept apart: they can begin on different days.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    String ags;

    String name;

    @Enumerated(EnumType.STRING)
    MunicipalityKind kind;

    @Column(name = "leitweg_id")
    String leitwegId;

    @Embedded
    PostalAddress invoiceAddress;

    @Embedded
    Contact contact;

    /** The day the town went live on the shared installation: it uses the procedure from then on. */
    @Column(name = "go_live_on")
    LocalDate goLiveOn;

    @Column(name = "go_live_note")
    String goLiveNote;

    long revision;

    /** Optimistic version, shown as the ETag; any change of master data or timeline raises it. */
    @Version
    long version;

    @OneToMany(mappedBy = "municipality", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    List<MembershipPeriod> periods = new ArrayList<>();

    @OneToMany(mappedBy = "municipality", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    List<CostSharingDecision> costSharing = new ArrayList<>();

    protected Municipality() {
    }

    public Municipality(String ags, String name) {
        this(ags, MunicipalityData.named(name));
    }

    public Municipality(String ags, MunicipalityData data) {
        if (!Ags.isValid(ags)) {
            throw new InvalidInput("ags", Ags.RULE);
        }
        this.ags = ags;
        apply(data);
    }

    public String ags() {
        return ags;
    }

    public String name() {
        return name;
    }

    public MunicipalityKind kind() {
        return kind;
    }

    public String leitwegId() {
        return leitwegId;
    }

    public PostalAddress invoiceAddress() {
        return invoiceAddress;
    }

    public Contact contact() {
        return contact;
    }

    public LocalDate goLiveOn() {
        return goLiveOn;
    }

    public String goLiveNote() {
        return goLiveNote;
    }

    public List<CostSharingDecision> costSharingDecisions() {
        return Collections.unmodifiableList(costSharing);
    }

    public long revision() {
        return revision;
    }

    public long version() {
        return version;
    }

    public List<MembershipPeriod> periods() {
        return Collections.unmodifiableList(periods);
    }

    /**
     * Replaces the master data. Name, Leitweg-ID, invoice address and contact travel in the membership events (costing
     * invoices with them), so every update is published as a new revision.
     */
    public MembershipChanged update(MunicipalityData data) {
        apply(data);
        return changed();
    }

    public boolean isNamed(String other) {
        return name.equals(other);
    }

    /**
     * Records a period from history without an agreement (before agreements existed): it makes the town no party
     * and shares no costs.
     */
    public MembershipChanged recordHistoricPeriod(LocalDate from, LocalDate until) {
        return join(null, from, until);
    }

    /**
     * Adds a party period in an agreement that took effect (or took the town over); a town cannot be a member twice
     * on the same day, nor be a party on a day it already shares costs by a decision.
     */
    public MembershipChanged join(String agreementId, LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw new InvalidInput("validUntil", "must not be before validFrom (" + from + ")");
        }
        if (agreementId != null) {
            refuseCostSharingOverlap(from, until);
        }
        add(new MembershipPeriod(this, agreementId, from, until, null));
        return changed();
    }

    /**
     * Records the day the town went live on the shared installation (it uses the procedure from then on, party or
     * not). It cannot move after the start of an interim cost sharing that relies on it.
     */
    public MembershipChanged recordGoLive(GoLive goLive) {
        costSharing.stream().filter(d -> d.basis == CostSharingBasis.INTERIM_DECISION && d.validFrom.isBefore(goLive.goLiveOn()))
                .findFirst().ifPresent(d -> {
                    throw new Conflict("%s (%s) shares costs by an interim decision from %s, which requires it to use the procedure by then"
                            .formatted(name, ags, d.validFrom));
                });
        goLiveOn = goLive.goLiveOn();
        goLiveNote = goLive.note();
        return changed();
    }

    /**
     * Records days on which the town shares the costs of an agreement without being its party then: by the agreement's
     * cost-sharing clause, or by an interim decision, which needs the town to use the procedure from its first day.
     * The decision cannot be dated after {@code today}; its days must not overlap the town's party periods or another
     * cost-sharing decision (no day is counted twice).
     */
    public MembershipChanged shareCosts(CostSharingBasis basis, CostShare share, LocalDate today) {
        if (basis == CostSharingBasis.PARTY) {
            throw new IllegalArgumentException("party periods share costs by themselves");
        }
        if (share.validUntil().isBefore(share.validFrom())) {
            throw new InvalidInput("validUntil", "must not be before validFrom (" + share.validFrom() + ")");
        }
        if (share.decidedOn().isAfter(today)) {
            throw new InvalidInput("decidedOn", "must not be in the future (today is " + today + ")");
        }
        if (basis == CostSharingBasis.INTERIM_DECISION && (goLiveOn == null || goLiveOn.isAfter(share.validFrom()))) {
            throw new Conflict("%s (%s) does not use the procedure on %s (%s): record its go-live first; a town that is no party shares costs only while it uses the procedure"
                    .formatted(name, ags, share.validFrom(), goLiveOn == null ? "no go-live recorded" : "go-live " + goLiveOn));
        }
        periods.stream().filter(p -> p.agreementId != null && p.overlaps(share.validFrom(), share.validUntil())).findFirst().ifPresent(p -> {
            throw new Conflict("%s (%s) is a party %s and shares costs as such; a cost-sharing decision covers only days it is no party"
                    .formatted(name, ags, p.describe()));
        });
        refuseCostSharingOverlap(share.validFrom(), share.validUntil());
        costSharing.add(new CostSharingDecision(this, basis, share));
        costSharing.sort(Comparator.comparing(CostSharingDecision::validFrom));
        return changed();
    }

    /**
     * Records the town's notice: its open membership in the agreement ends on {@code lastDay} (computed by the
     * agreement's notice rule). A membership that already has an end cannot be given notice again.
     */
    public MembershipChanged giveNotice(String agreementId, LocalDate givenOn, LocalDate lastDay) {
        MembershipPeriod open = periods.stream()
                .filter(p -> p.belongsTo(agreementId) && p.validUntil == null).findFirst()
                .orElseThrow(() -> new Conflict("%s (%s) has no open membership in agreement %s to give notice for"
                        .formatted(name, ags, agreementId)));
        if (lastDay.isBefore(open.validFrom)) {
            throw new Conflict("the membership of %s (%s) starts on %s, after the end %s the notice would give"
                    .formatted(name, ags, open.validFrom, lastDay));
        }
        open.validUntil = lastDay;
        open.noticeGivenOn = givenOn;
        return changed();
    }

    /** True if the town's membership in the agreement runs beyond {@code lastDay}: a successor takes it over. */
    public boolean continuesAfter(String agreementId, LocalDate lastDay) {
        return periods.stream().anyMatch(p -> p.belongsTo(agreementId) && p.continuesAfter(lastDay));
    }

    /**
     * Moves the town from an agreement to its successor without a gap: the membership in the predecessor ends
     * the day before {@code firstDay}, one in the successor begins on {@code firstDay} and keeps what was still
     * ahead (a notice's end, the go-live date). A town that leaves by then is not moved.
     */
    public Optional<MembershipChanged> moveToSuccessor(String predecessorId, String successorId, LocalDate firstDay) {
        LocalDate lastDay = firstDay.minusDays(1);
        refuseStartsAfter(predecessorId, lastDay);
        Optional<MembershipPeriod> running = periods.stream()
                .filter(p -> p.belongsTo(predecessorId) && p.continuesAfter(lastDay)).findFirst();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        MembershipPeriod old = running.get();
        LocalDate remainingUntil = old.validUntil;
        old.validUntil = lastDay;
        add(new MembershipPeriod(this, successorId, firstDay, remainingUntil, old.noticeGivenOn));
        return Optional.of(changed());
    }

    /** Ends every membership in a terminated agreement on its last day in force. */
    public Optional<MembershipChanged> endMemberships(String agreementId, LocalDate lastDay) {
        refuseStartsAfter(agreementId, lastDay);
        List<MembershipPeriod> running = periods.stream()
                .filter(p -> p.belongsTo(agreementId) && p.continuesAfter(lastDay)).toList();
        running.forEach(p -> p.validUntil = lastDay);
        return running.isEmpty() ? Optional.empty() : Optional.of(changed());
    }

    /** The whole current timeline as an event (also used to republish state). */
    public MembershipChanged timeline() {
        return new MembershipChanged(ags, name, revision, periods.stream()
                .map(p -> new MembershipChanged.Period(p.validFrom, p.validUntil, p.agreementId, goLiveOn, p.noticeGivenOn))
                .toList(), goLiveOn, costSharingDays(), leitwegId, invoiceAddress, contact);
    }

    /**
     * Every day the town shares costs, and why: its party periods (PARTY) and the recorded decisions, by start. They
     * never overlap, so a consumer can count each day once.
     */
    public List<MembershipChanged.CostSharing> costSharingDays() {
        List<MembershipChanged.CostSharing> days = new ArrayList<>();
        periods.stream().filter(p -> p.agreementId != null).forEach(p -> days.add(new MembershipChanged.CostSharing(
                p.validFrom, p.validUntil, CostSharingBasis.PARTY, p.agreementId, null, null, null, false)));
        costSharing.forEach(d -> days.add(new MembershipChanged.CostSharing(d.validFrom, d.validUntil, d.basis, d.agreementId,
                d.decidedOn, d.decidedBy, d.source, d.assumption)));
        days.sort(Comparator.comparing(MembershipChanged.CostSharing::validFrom));
        return days;
    }

    private void apply(MunicipalityData data) {
        if (data.name() == null || data.name().isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        MunicipalityKind newKind = data.kind() == null && Ags.isDistrict(ags) ? MunicipalityKind.KREIS : data.kind();
        if (newKind != null && !newKind.fits(ags)) {
            throw new InvalidInput("kind", Ags.isDistrict(ags)
                    ? "a 5-digit AGS is a district: kind must be KREIS"
                    : "an 8-digit AGS is a town: kind must be STADT or GEMEINDE");
        }
        if (data.leitwegId() != null) {
            LeitwegId.problem(data.leitwegId()).ifPresent(reason -> {
                throw new InvalidInput("leitwegId", reason);
            });
        }
        this.name = data.name();
        this.kind = newKind;
        this.leitwegId = data.leitwegId() == null ? null : LeitwegId.normalise(data.leitwegId());
        this.invoiceAddress = data.invoiceAddress();
        this.contact = data.contact();
    }

    private void add(MembershipPeriod period) {
        periods.stream().filter(p -> p.overlaps(period.validFrom, period.validUntil)).findFirst().ifPresent(p -> {
            throw new Conflict("%s (%s) is already a member %s".formatted(name, ags, p.describe()));
        });
        periods.add(period);
        periods.sort(Comparator.comparing(MembershipPeriod::validFrom));
    }

    private void refuseCostSharingOverlap(LocalDate from, LocalDate until) {
        costSharing.stream().filter(d -> d.overlaps(from, until)).findFirst().ifPresent(d -> {
            throw new Conflict("%s (%s) already shares costs from %s until %s (%s, agreement %s)"
                    .formatted(name, ags, d.validFrom, d.validUntil, d.basis, d.agreementId));
        });
    }

    private void refuseStartsAfter(String agreementId, LocalDate lastDay) {
        periods.stream().filter(p -> p.belongsTo(agreementId) && p.validFrom.isAfter(lastDay)).findFirst().ifPresent(p -> {
            throw new Conflict("%s (%s) has a membership in agreement %s starting on %s, after its last day %s"
                    .formatted(name, ags, agreementId, p.validFrom, lastDay));
        });
    }

    private MembershipChanged changed() {
        revision++;
        return timeline();
    }
}
