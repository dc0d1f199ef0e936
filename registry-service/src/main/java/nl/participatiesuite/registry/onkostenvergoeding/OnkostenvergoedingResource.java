package nl.participatiesuite.registry.onkostenvergoeding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/dorpsbelangenorganisaties/{id}/onkostenvergoedingen")
@Tag(name = "dorpsbelangenorganisaties")
@Produces(MediaType.APPLICATION_JSON)
public class OnkostenvergoedingResource {

    @Inject
    OnkostenvergoedingService service;

    @GET
    @Path("/{jaar}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De onkostenvergoeding van een dorpsbelangenorganisatie in een jaar",
            description = "Het basisbedrag in het basisjaar (standaard € 375 in 2020), jaarlijks gecorrigeerd met de "
                    + "inflatie; basisbedrag en basisjaar uit de regelset die op 1 januari van het jaar gold.")
    @APIResponse(responseCode = "200", description = "De vergoeding, met de toegepaste inflatiecijfers")
    @APIResponse(responseCode = "422", description = "Voor een of meer jaren is geen inflatiecijfer vastgesteld; "
            + "detail noemt ze allemaal")
    public OnkostenvergoedingResponse get(@PathParam("id") UUID id,
            @Parameter(description = "Het kalenderjaar, niet voor het basisjaar van de regelset", example = "2025")
            @PathParam("jaar") @Max(value = 2200, message = "jaar ligt uiterlijk in 2200.") int jaar) {
        return service.voor(id, jaar);
    }
}
