package nl.participatiesuite.registry.kerndekking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.participatiesuite.apirules.security.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/kerndekkingen")
@Tag(name = "kerndekkingen", description = "Welke kernen een kernambtenaar hebben, en of het doel van de gemeente bereikt is.")
@Produces(MediaType.APPLICATION_JSON)
public class KerndekkingResource {

    @Inject
    KerndekkingService service;

    @GET
    @Path("/{gemeente}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Dekking van de kernen van een gemeente met kernambtenaren")
    @APIResponse(responseCode = "200", description = "De dekking, met de kernen die nog geen kernambtenaar hebben")
    public KerndekkingResponse get(@PathParam("gemeente") String gemeente) {
        return service.voor(gemeente);
    }
}
