package de.kreisunna.ikz.membership.agreement;

/**
 * DRAFT → CONCLUDED (date) → IN_FORCE (from date) → SUPERSEDED (by its successor) or TERMINATED; a DRAFT that will
 * not be concluded is WITHDRAWN (it stays on record with the resolutions recorded on it).
 */
public enum AgreementStatus {
    DRAFT("a draft"),
    CONCLUDED("a concluded agreement"),
    IN_FORCE("an agreement in force"),
    SUPERSEDED("a superseded agreement"),
    TERMINATED("a terminated agreement"),
    WITHDRAWN("a withdrawn draft");

    private final String described;

    AgreementStatus(String described) {
        this.described = described;
    }

    /** For refusals: "only a draft can be revised". */
    String described() {
        return described;
    }
}
