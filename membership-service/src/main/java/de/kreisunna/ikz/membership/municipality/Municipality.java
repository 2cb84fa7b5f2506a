package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.platform.problem.Problem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A town (or the district) and its membership timeline. Every change of the timeline raises the
 * revision and yields the whole timeline as a {@link MembershipChanged} event.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    String ags;

    String name;

    long revision;

    @OneToMany(mappedBy = "municipality", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    List<MembershipPeriod> periods = new ArrayList<>();

    protected Municipality() {
    }

    public Municipality(String ags, String name) {
        if (!Ags.isValid(ags)) {
            throw Problem.badRequest("ags", Ags.RULE);
        }
        this.ags = ags;
        this.name = name;
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

    public List<MembershipPeriod> periods() {
        return Collections.unmodifiableList(periods);
    }

    /** Adds a membership period; a town cannot be a member twice on the same day. */
    public MembershipChanged join(LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw Problem.badRequest("validUntil", "must not be before validFrom (" + from + ")");
        }
        periods.stream().filter(p -> p.overlaps(from, until)).findFirst().ifPresent(p -> {
            throw Problem.conflict("%s (%s) is already a member from %s%s".formatted(name, ags, p.validFrom,
                    p.validUntil == null ? " without end" : " until " + p.validUntil));
        });
        periods.add(new MembershipPeriod(this, from, until));
        periods.sort((a, b) -> a.validFrom.compareTo(b.validFrom));
        revision++;
        return timeline();
    }

    /** The whole current timeline as an event (also used to republish state). */
    public MembershipChanged timeline() {
        return new MembershipChanged(ags, name, revision,
                periods.stream().map(p -> new MembershipChanged.Period(p.validFrom, p.validUntil)).toList());
    }
}
