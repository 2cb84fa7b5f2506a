package de.kreisunna.ikz.support.onboarding;

/** What has to happen before a joining town works in the shared installation. */
public enum ChecklistItem {
    /** Move the town's AsylbLG instance into the shared OPEN/PROSOZ installation ("Überführung"). */
    INSTANCE_MIGRATION,
    /** Create the accounts and rights of the town's staff. */
    USER_ACCOUNTS,
    /** Basic training of the town's staff by the Kopfstelle. */
    BASIC_TRAINING
}
