package de.kreisunna.ikz.membership.resolution;

/** What the body resolved; NOTED is a discussion without a vote ("besprochen", "zur Kenntnis genommen"). */
public enum Outcome {
    APPROVED, REJECTED, DEFERRED, NOTED
}
