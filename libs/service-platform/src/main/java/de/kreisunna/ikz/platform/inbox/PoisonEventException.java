package de.kreisunna.ikz.platform.inbox;

/** An event that can never be processed (malformed, not a CloudEvent): it goes to the dead-letter topic at once. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
