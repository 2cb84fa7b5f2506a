package de.kreisunna.ikz.support.training;

/** A confirmed registration holds a seat; a waitlisted one waits for a seat in order of arrival. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
