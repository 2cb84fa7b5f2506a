package de.kreisunna.ikz.membership.agreement;

/** How the Kopfstelle's cost is split among the members; the agreements know only equal shares ("je 1/8"). */
public enum AllocationKey {
    EQUAL
}
