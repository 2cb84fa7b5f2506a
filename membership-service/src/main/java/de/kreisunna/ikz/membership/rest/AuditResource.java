package de.kreisunna.ikz.membership.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import de.kreisunna.ikz.membership.audit.AuditEntry;
import de.kreisunna.ikz.membership.audit.AuditTrail;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
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

@Path("/audit")
@Tag(name = "Audit", description = "Who changed what, when")
public class AuditResource {

    public record AuditView(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
            @JsonRawValue String summary) {

        static AuditView of(AuditEntry e) {
            return new AuditView(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.summary());
        }
    }

    private final AuditTrail audit;

    AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "The audit trail, oldest first; filter by entityType (municipality, agreement, resolution, membership) and entityId",
            description = "Roles ikz-admin, kopfstelle and finance; not for a town's caller (403). Every change made through"
                    + " the API or the history import: when, by whom (the user name, or the client id of a system acting for"
                    + " itself), the action, the entity and a JSON summary of what was sent. A membership change is filed under"
                    + " the town (entityType membership, entityId its AGS), with the agreement in its summary. 400 for an"
                    + " unknown entityType, or an entityId without entityType." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "One page of audit entries, oldest first",
            headers = {@Header(name = "X-Total-Count", description = ApiDocs.TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = AuditView.class)))
    public RestResponse<List<AuditView>> entries(
            @Parameter(description = "Only entries about this kind of entity: municipality, agreement, resolution or membership",
                    example = "agreement") @QueryParam("entityType") String entityType,
            @Parameter(description = "Only entries about this entity (an agreement's id, an AGS, a resolution's id); needs entityType",
                    example = "ikz-asylblg-2021") @QueryParam("entityId") String entityId,
            @Parameter(description = "The page, from 1", example = "1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 500", example = "100") @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "entityType", "entityId");
        return paging.respond(audit.find(entityType, entityId).stream().map(AuditView::of).toList(), uri);
    }
}
