package de.kreisunna.ikz.support.request;

/**
 * What a request is about, and so who works it: the Kopfstelle answers application questions, administers
 * the procedure and trains; technical problems belong to the operator's IT; additional licences are checked
 * by the Kopfstelle and then granted by the operator, who passes their cost on.
 */
public enum Category {
    APPLICATION_QUESTION(Route.of(Team.KOPFSTELLE)),
    ADMINISTRATION_REQUEST(Route.of(Team.KOPFSTELLE)),
    TECHNICAL_INCIDENT(Route.of(Team.OPERATOR_IT)),
    LICENCE_REQUEST(Route.of(Team.KOPFSTELLE, Team.OPERATOR_IT)),
    TRAINING_REQUEST(Route.of(Team.KOPFSTELLE));

    private final Route route;

    Category(Route route) {
        this.route = route;
    }

    public Route route() {
        return route;
    }
}
