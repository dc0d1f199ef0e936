package nl.participatiesuite.assessment.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the registry-service contract the {@link KernregisterCache} loads, with this service's own token named
 * per call: no caller's token goes along (no {@code @RegisterClientHeaders}), because what is loaded is kept for every
 * caller. Same URL and timeouts as {@link RegistryApi} (quarkus.rest-client.registry.*). Only called through
 * {@link Register}.
 */
@RegisterRestClient(configKey = "registry")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface RegistryDienstApi {

    @GET
    @Path("/kernen/{id}")
    RegistryKern kern(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @GET
    @Path("/kernambtenaren")
    RegistryKernambtenaren kernambtenaren(@HeaderParam("Authorization") String authorization,
            @QueryParam("gemeente") String gemeente, @QueryParam("kern") UUID kern, @QueryParam("pageSize") int pageSize);
}
