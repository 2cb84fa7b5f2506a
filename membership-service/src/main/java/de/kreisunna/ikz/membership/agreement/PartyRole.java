package de.kreisunna.ikz.membership.agreement;

/**
 * A party's role: the OPERATOR runs the installation (Kreis Unna), the KOPFSTELLE administers it (Lünen),
 * MEMBERs use it and share the Kopfstelle's cost. One municipality may hold two roles (Lünen: KOPFSTELLE and MEMBER).
 */
public enum PartyRole {
    OPERATOR, KOPFSTELLE, MEMBER
}
