package de.kreisunna.ikz.support.onboarding;

import de.kreisunna.ikz.membership.projection.MemberTown;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds accessions in a changed membership timeline: a period that was not there before and that starts the
 * day after a day of non-membership. A seamless hand-over from one agreement to the next (2021-12-31 →
 * 2022-01-01) is therefore not an accession, and a town that left and comes back is one again.
 */
public final class Accessions {

    private Accessions() {
    }

    /** The accession dates, in order. */
    public static List<LocalDate> between(List<MemberTown.Period> previous, List<MemberTown.Period> current) {
        Set<LocalDate> known = previous.stream().map(MemberTown.Period::validFrom).collect(Collectors.toSet());
        return current.stream()
                .map(MemberTown.Period::validFrom)
                .filter(from -> !known.contains(from))
                .filter(from -> current.stream().noneMatch(p -> p.contains(from.minusDays(1))))
                .sorted()
                .toList();
    }
}
