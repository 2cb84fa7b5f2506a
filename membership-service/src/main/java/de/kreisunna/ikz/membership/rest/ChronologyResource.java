package de.kreisunna.ikz.membership.rest;

import de.kreisunna.ikz.membership.chronology.ChronologyEntry;
import de.kreisunna.ikz.membership.chronology.ChronologyService;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/chronology")
@Tag(name = "Chronology", description = "The history of the cooperation, by date")
public class ChronologyResource {

    private final ChronologyService chronology;
    private final Caller caller;

    ChronologyResource(ChronologyService chronology, Caller caller) {
        this.chronology = chronology;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Resolutions, conclusions, entries into force, supersessions, terminations, accessions, go-lives, notices and leavings by date (?ags= for one town)",
            description = "Roles ikz-admin, kopfstelle and finance see the whole history of the cooperation; a caller with"
                    + " only the municipality role sees the steps of the agreements its town is a party of and its own steps,"
                    + " but not other towns' resolutions. With ags, only that town's steps and those of its agreements; a"
                    + " town's caller asking for another town gets 404." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "One page of dated steps, oldest first",
            headers = {@Header(name = "X-Total-Count", description = ApiDocs.TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ChronologyEntry.class)))
    @APIResponse(responseCode = "404", description = "A town's caller asked for another town's steps")
    public RestResponse<List<ChronologyEntry>> chronology(
            @Parameter(description = "Only this town's steps and those of its agreements (its AGS)", example = "05978032")
            @QueryParam("ags") String ags,
            @Parameter(description = "The page, from 1", example = "1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 500", example = "100") @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "ags");
        return paging.respond(chronology.chronology(ags, caller), uri);
    }
}
