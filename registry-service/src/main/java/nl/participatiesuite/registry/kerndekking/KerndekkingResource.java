package nl.participatiesuite.registry.kerndekking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.security.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(summary = "Dekking van de kernen van een gemeente met kernambtenaren",
            description = "Voor een raadpleger of hoger van deze gemeente, en voor een dienstaccount; een andere gemeente"
                    + " geeft 403, een onbekende 404. Het doel is bereikt als elke kern van de gemeente een"
                    + " kernambtenaar heeft en de gemeente minstens het minimum aantal kernambtenaren heeft (standaard"
                    + " 2; het minimum uit de regelset die vandaag geldt, die het antwoord noemt). Een gemeente zonder"
                    + " kernen heeft geen ongedekte kern, maar haalt het doel pas met genoeg kernambtenaren.")
    @APIResponse(responseCode = "200", description = "De dekking, met de kernen die nog geen kernambtenaar hebben")
    public KerndekkingResponse get(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214")
            @PathParam("gemeente") String gemeente) {
        return service.voor(GemeenteCode.uitPad("gemeente", gemeente));
    }
}
