package de.kreisunna.ikz.support.request;

/** How a request came in. */
public enum Channel {
    /** From the PROSOZ helpdesk integration (client credentials). */
    HELPDESK,
    /** From a user of the town itself. */
    TOWN,
    /** Recorded by the Kopfstelle on a town's behalf (e.g. after a phone call). */
    KOPFSTELLE
}
