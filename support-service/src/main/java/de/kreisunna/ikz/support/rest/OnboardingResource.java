package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.Params;
import de.kreisunna.ikz.support.onboarding.ChecklistItem;
import de.kreisunna.ikz.support.onboarding.OnboardingService.CaseView;
import de.kreisunna.ikz.support.onboarding.OnboardingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Onboarding cases, opened by accessions in the membership events. The Kopfstelle works them, operator IT
 * reads them (it migrates the instances), a town sees its own.
 */
@Path("/onboarding-cases")
public class OnboardingResource {

    public record Mark(@NotNull Boolean done) {
    }

    private final OnboardingService onboarding;
    private final Actors actors;

    OnboardingResource(OnboardingService onboarding, Actors actors) {
        this.onboarding = onboarding;
        this.actors = actors;
    }

    @GET
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.MUNICIPALITY})
    public RestResponse<List<CaseView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            UriInfo uri) {
        return Paging.of(uri, page, size).respond(onboarding.list(actors.current()), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.MUNICIPALITY})
    public CaseView get(@PathParam("id") UUID id) {
        return onboarding.get(id, actors.current());
    }

    /** Ticks a checklist item off ({@code {"done": true}}) or undoes it. */
    @PUT
    @Path("{id}/checklist/{item}")
    @RolesAllowed(Roles.KOPFSTELLE)
    public CaseView mark(@PathParam("id") UUID id, @PathParam("item") String item, @Valid @NotNull Mark body) {
        return onboarding.mark(id, Params.enumOf(ChecklistItem.class, item, "item"), body.done(), actors.current());
    }
}
