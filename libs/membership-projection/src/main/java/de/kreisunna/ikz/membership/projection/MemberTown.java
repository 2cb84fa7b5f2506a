package de.kreisunna.ikz.membership.projection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A town's membership timeline as last consumed, with the revision it came with. */
@Entity
@Table(name = "member_town")
public class MemberTown {

    @Embeddable
    public record Period(@Column(name = "valid_from") LocalDate validFrom,
            @Column(name = "valid_until") LocalDate validUntil) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    @Id
    String ags;

    String name;

    long revision;

    @Column(name = "updated_at")
    Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_period", joinColumns = @JoinColumn(name = "ags"))
    @OrderBy("validFrom")
    List<Period> periods = new ArrayList<>();

    protected MemberTown() {
    }

    MemberTown(String ags) {
        this.ags = ags;
        this.revision = -1;
    }

    public String ags() {
        return ags;
    }

    public String name() {
        return name;
    }

    public long revision() {
        return revision;
    }

    public List<Period> periods() {
        return List.copyOf(periods);
    }

    public boolean isMemberOn(LocalDate day) {
        return periods.stream().anyMatch(p -> p.contains(day));
    }

    /** Replaces the timeline if the event is newer; returns false (and changes nothing) otherwise. */
    boolean apply(MembershipChangedV1 event, Instant now) {
        if (event.revision() <= revision) {
            return false;
        }
        name = event.name();
        revision = event.revision();
        updatedAt = now;
        periods.clear();
        event.periods().forEach(p -> periods.add(new Period(p.validFrom(), p.validUntil())));
        return true;
    }
}
