package de.kreisunna.ikz.membership.observability;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint (not in the packaged service) that fails unexpectedly, to see what a 500 leaves in the log. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("forced failure for the log test");
    }
}
