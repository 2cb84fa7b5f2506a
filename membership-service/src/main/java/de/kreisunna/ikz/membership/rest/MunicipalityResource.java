package de.kreisunna.ikz.membership.rest;

import de.kreisunna.ikz.membership.municipality.Ags;
import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.municipality.MunicipalityService;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

@Path("/municipalities")
public class MunicipalityResource {

    public record RegisterMunicipality(
            @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
            @NotBlank @Size(max = 200) String name) {
    }

    public record AddMembership(@NotNull LocalDate validFrom, LocalDate validUntil) {
    }

    public record MunicipalityView(String ags, String name, long revision, List<PeriodView> memberships) {

        static MunicipalityView of(Municipality m) {
            return new MunicipalityView(m.ags(), m.name(), m.revision(),
                    m.periods().stream().map(p -> new PeriodView(p.validFrom(), p.validUntil())).toList());
        }
    }

    public record PeriodView(LocalDate validFrom, LocalDate validUntil) {
    }

    private final MunicipalityService municipalities;
    private final Caller caller;

    MunicipalityResource(MunicipalityService municipalities, Caller caller) {
        this.municipalities = municipalities;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response register(@Valid @NotNull RegisterMunicipality body, UriInfo uri) {
        Municipality created = municipalities.register(body.ags(), body.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.ags()).build())
                .type(MediaType.APPLICATION_JSON).entity(MunicipalityView.of(created)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public List<MunicipalityView> list() {
        if (caller.isTownScoped()) {
            return List.of(get(caller.requiredTown()));
        }
        return municipalities.list().stream().map(MunicipalityView::of).toList();
    }

    @GET
    @Path("{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public MunicipalityView get(@PathParam("ags") String ags) {
        caller.requireVisible(ags, "municipality " + ags);
        return MunicipalityView.of(municipalities.get(ags));
    }

    @POST
    @Path("{ags}/memberships")
    @RolesAllowed(Roles.ADMIN)
    public Response addMembership(@PathParam("ags") String ags, @Valid @NotNull AddMembership body, UriInfo uri) {
        Municipality changed = municipalities.join(ags, body.validFrom(), body.validUntil());
        return Response.created(uri.getBaseUriBuilder().path("municipalities").path(ags).build())
                .type(MediaType.APPLICATION_JSON).entity(MunicipalityView.of(changed)).build();
    }
}
