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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "Replay a history document (deployment/data/ikz-history.json) through the API's services; 409 once imported",
            description = ApiDocs.ADMIN_ONLY + " Replays the recorded history of the cooperation step by step through the"
                    + " same services as the API, in one transaction: municipalities (one already registered is kept as it"
                    + " is), go-lives, each agreement with its resolutions, conclusion and entry into force, then the interim"
                    + " cost-sharing decisions. Every step is audited and published like a change made through the API. Each"
                    + " part has the shape of the request that creates it, and a refused step fails the whole import with that"
                    + " step's status, its field prefixed with where it is in the document (e.g. agreements[1].concludedOn)."
                    + " 409 if one of the document's agreements exists already (the history has been imported).")
    @APIResponse(responseCode = "200", description = "What the import registered, kept and created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HistoryImport.Summary.class)))
    @APIResponse(responseCode = "404", description = "A step names a municipality or agreement the document does not create")
    @APIResponse(responseCode = "409", description = "The history has been imported already, or a step is refused as through the API")
    public HistoryImport.Summary replay(
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = HistoryDocument.class),
                    examples = @ExampleObject(name = "excerpt", summary = "An excerpt of the history: three municipalities and the 2019 agreement",
                            value = Examples.HISTORY)))
            @Valid @NotNull HistoryDocument body) {
        return history.replay(body);
    }
}
