package de.kreisunna.ikz.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter that cannot be read. A {@link jakarta.ws.rs.WebApplicationException}, so the
 * REST layer passes it on unchanged instead of answering 404 for a query parameter it could not convert.
 */
public class InvalidParameter extends BadRequestException {

    private final String parameter;
    private final String reason;

    public InvalidParameter(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
