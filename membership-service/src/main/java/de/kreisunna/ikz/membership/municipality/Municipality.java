package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.platform.einvoice.LeitwegId;
import de.kreisunna.ikz.platform.problem.Problem;
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
 * timeline never overlaps, which consumers rely on.
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

    long revision;

    /** Optimistic version, shown as the ETag; any change of master data or timeline raises it. */
    @Version
    long version;

    @OneToMany(mappedBy = "municipality", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    List<MembershipPeriod> periods = new ArrayList<>();

    protected Municipality() {
    }

    public Municipality(String ags, String name) {
        this(ags, MunicipalityData.named(name));
    }

    public Municipality(String ags, MunicipalityData data) {
        if (!Ags.isValid(ags)) {
            throw Problem.badRequest("ags", Ags.RULE);
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

    public long revision() {
        return revision;
    }

    public long version() {
        return version;
    }

    public List<MembershipPeriod> periods() {
        return Collections.unmodifiableList(periods);
    }

    /** Replaces the master data. The name travels with the timeline, so a new name is published as a new revision. */
    public Optional<MembershipChanged> update(MunicipalityData data) {
        boolean renamed = !name.equals(data.name());
        apply(data);
        return renamed ? Optional.of(changed()) : Optional.empty();
    }

    /** Adds a membership period without an agreement (as recorded before agreements existed). */
    public MembershipChanged join(LocalDate from, LocalDate until) {
        return join(null, from, until, null);
    }

    /** Adds a membership period; a town cannot be a member twice on the same day, in any agreement. */
    public MembershipChanged join(String agreementId, LocalDate from, LocalDate until, LocalDate goLiveOn) {
        if (until != null && until.isBefore(from)) {
            throw Problem.badRequest("validUntil", "must not be before validFrom (" + from + ")");
        }
        add(new MembershipPeriod(this, agreementId, from, until, goLiveOn, null));
        return changed();
    }

    /**
     * Records the town's notice: its open membership in the agreement ends on {@code lastDay} (computed by the
     * agreement's notice rule). A membership that already has an end cannot be given notice again.
     */
    public MembershipChanged giveNotice(String agreementId, LocalDate givenOn, LocalDate lastDay) {
        MembershipPeriod open = periods.stream()
                .filter(p -> p.belongsTo(agreementId) && p.validUntil == null).findFirst()
                .orElseThrow(() -> Problem.conflict("%s (%s) has no open membership in agreement %s to give notice for"
                        .formatted(name, ags, agreementId)));
        if (lastDay.isBefore(open.validFrom)) {
            throw Problem.conflict("the membership of %s (%s) starts on %s, after the end %s the notice would give"
                    .formatted(name, ags, open.validFrom, lastDay));
        }
        open.validUntil = lastDay;
        open.noticeGivenOn = givenOn;
        return changed();
    }

    /** Records the day the town went live on the shared installation, on its latest period in the agreement. */
    public MembershipChanged recordGoLive(String agreementId, LocalDate goLiveOn) {
        MembershipPeriod latest = periods.stream().filter(p -> p.belongsTo(agreementId))
                .max(Comparator.comparing(MembershipPeriod::validFrom))
                .orElseThrow(() -> Problem.notFound("membership of %s (%s) in agreement %s".formatted(name, ags, agreementId)));
        latest.goLiveOn = goLiveOn;
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
        add(new MembershipPeriod(this, successorId, firstDay, remainingUntil, old.goLiveOn, old.noticeGivenOn));
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
                .map(p -> new MembershipChanged.Period(p.validFrom, p.validUntil, p.agreementId, p.goLiveOn, p.noticeGivenOn))
                .toList());
    }

    private void apply(MunicipalityData data) {
        if (data.name() == null || data.name().isBlank()) {
            throw Problem.badRequest("name", "must not be blank");
        }
        MunicipalityKind newKind = data.kind() == null && Ags.isDistrict(ags) ? MunicipalityKind.KREIS : data.kind();
        if (newKind != null && !newKind.fits(ags)) {
            throw Problem.badRequest("kind", Ags.isDistrict(ags)
                    ? "a 5-digit AGS is a district: kind must be KREIS"
                    : "an 8-digit AGS is a town: kind must be STADT or GEMEINDE");
        }
        if (data.leitwegId() != null) {
            LeitwegId.problem(data.leitwegId()).ifPresent(reason -> {
                throw Problem.badRequest("leitwegId", reason);
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
            throw Problem.conflict("%s (%s) is already a member %s".formatted(name, ags, p.describe()));
        });
        periods.add(period);
        periods.sort(Comparator.comparing(MembershipPeriod::validFrom));
    }

    private void refuseStartsAfter(String agreementId, LocalDate lastDay) {
        periods.stream().filter(p -> p.belongsTo(agreementId) && p.validFrom.isAfter(lastDay)).findFirst().ifPresent(p -> {
            throw Problem.conflict("%s (%s) has a membership in agreement %s starting on %s, after its last day %s"
                    .formatted(name, ags, agreementId, p.validFrom, lastDay));
        });
    }

    private MembershipChanged changed() {
        revision++;
        return timeline();
    }
}
