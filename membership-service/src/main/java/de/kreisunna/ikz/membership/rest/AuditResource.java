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
    @Operation(summary = "The audit trail, oldest first; filter by entityType (municipality, agreement, resolution, membership) and entityId")
    public RestResponse<List<AuditView>> entries(@QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "entityType", "entityId");
        return paging.respond(audit.find(entityType, entityId).stream().map(AuditView::of).toList(), uri);
    }
}
