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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Onboarding cases, opened by accessions in the membership events. The Kopfstelle works them, operator IT
 * reads them (it migrates the instances), a town sees its own.
 */
@Path("/onboarding-cases")
@Tag(name = "Onboarding",
        description = "Onboarding cases of joining towns, opened by the accessions in the membership events: the "
        + "checklist (instance migration, user accounts, basic training) that the Kopfstelle works "
        + "before a town goes live")
public class OnboardingResource {

    public record Mark(@Schema(description = "true ticks the item off, false undoes it", example = "true")
            @NotNull Boolean done) {
    }

    private final OnboardingService onboarding;
    private final Actors actors;

    OnboardingResource(OnboardingService onboarding, Actors actors) {
        this.onboarding = onboarding;
        this.actors = actors;
    }

    @GET
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.MUNICIPALITY})
    @Operation(summary = "List the onboarding cases",
            description = "Roles kopfstelle, ikz-admin, municipality. The Kopfstelle and operator IT see every case, "
                    + "a town's token only its own town's; newest accession first, paged with page and size.")
    public RestResponse<List<CaseView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            UriInfo uri) {
        return Paging.of(uri, page, size).respond(onboarding.list(actors.current()), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.MUNICIPALITY})
    @Operation(summary = "Read one onboarding case",
            description = "Roles kopfstelle, ikz-admin, municipality. The case with its checklist (who ticked which "
                    + "item off and when). Another town's case is 404 to a town's token.")
    public CaseView get(
            @Parameter(description = "The onboarding case's id", example = "9d2f4b6a-8c1e-4e3a-b5d7-1f3a5c7e9b24")
            @PathParam("id") UUID id) {
        return onboarding.get(id, actors.current());
    }

    /** Ticks a checklist item off ({@code {"done": true}}) or undoes it. */
    @PUT
    @Path("{id}/checklist/{item}")
    @RolesAllowed(Roles.KOPFSTELLE)
    @Operation(summary = "Tick a checklist item off",
            description = "Role kopfstelle only. Marks an item of the case's checklist as done ({\"done\": true}) or "
                    + "undoes it ({\"done\": false}), recording who and when; the case is COMPLETED once every item "
                    + "is done and OPEN again when one is undone. An item that is none of INSTANCE_MIGRATION, "
                    + "USER_ACCOUNTS, BASIC_TRAINING, or not on this checklist, is 400.")
    public CaseView mark(
            @Parameter(description = "The onboarding case's id", example = "9d2f4b6a-8c1e-4e3a-b5d7-1f3a5c7e9b24")
            @PathParam("id") UUID id,
            @Parameter(description = "INSTANCE_MIGRATION, USER_ACCOUNTS or BASIC_TRAINING", example = "USER_ACCOUNTS")
            @PathParam("item") String item, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Mark.class),
                    examples = @ExampleObject(name = "Ticked off", value = """
                    {
                      "done": true
                    }
                    """)))
            @Valid @NotNull Mark body) {
        return onboarding.mark(id, Params.enumOf(ChecklistItem.class, item, "item"), body.done(), actors.current());
    }
}
