package de.kreisunna.ikz.membership.rest;

import de.kreisunna.ikz.membership.history.HistoryDocument;
import de.kreisunna.ikz.membership.history.HistoryImport;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/history-import")
@Tag(name = "History", description = "Loads the recorded history of the cooperation")
public class HistoryImportResource {

    private final HistoryImport history;

    HistoryImportResource(HistoryImport history) {
        this.history = history;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay a history document (deployment/data/ikz-history.json) through the API's services; 409 once imported")
    public HistoryImport.Summary replay(@Valid @NotNull HistoryDocument body) {
        return history.replay(body);
    }
}
