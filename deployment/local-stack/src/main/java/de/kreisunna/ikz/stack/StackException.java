package de.kreisunna.ikz.stack;

/**
 * A failure to start or run the stack, worded for the person running it: the message names the server,
 * its port and its log file, so the run command prints it instead of a stack trace.
 */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
