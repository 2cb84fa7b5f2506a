package de.kreisunna.ikz.membership.agreement;

/** DRAFT → CONCLUDED (date) → IN_FORCE (from date) → SUPERSEDED (by its successor) or TERMINATED. */
public enum AgreementStatus {
    DRAFT("a draft"),
    CONCLUDED("a concluded agreement"),
    IN_FORCE("an agreement in force"),
    SUPERSEDED("a superseded agreement"),
    TERMINATED("a terminated agreement");

    private final String described;

    AgreementStatus(String described) {
        this.described = described;
    }

    /** For refusals: "only a draft can be revised". */
    String described() {
        return described;
    }
}
