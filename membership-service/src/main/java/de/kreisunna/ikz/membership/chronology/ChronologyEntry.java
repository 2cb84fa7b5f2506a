package de.kreisunna.ikz.membership.chronology;

import java.time.LocalDate;

/** One dated step of the cooperation; {@code ags} is null for a step of the agreement as a whole. */
public record ChronologyEntry(LocalDate date, Kind kind, String agreementId, String ags, String name, String description) {

    /** In this order on the same day: resolutions lead to a conclusion, an entry into force to accessions. */
    public enum Kind {
        RESOLUTION, CONCLUSION, APPROVAL, PUBLICATION, ENTRY_INTO_FORCE, ACCESSION, MOVE, GO_LIVE, COST_SHARING, NOTICE, LEAVING,
        SUPERSESSION, TERMINATION
    }
}
