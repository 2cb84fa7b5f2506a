package de.kreisunna.ikz.support.sla;

import java.time.LocalDate;

/** Which days are public holidays (offices closed) where the Kopfstelle works. */
@FunctionalInterface
public interface Holidays {

    boolean isHoliday(LocalDate day);
}
