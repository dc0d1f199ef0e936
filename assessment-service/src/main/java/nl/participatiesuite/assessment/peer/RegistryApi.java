package nl.participatiesuite.assessment.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the registry-service contract this service relies on. URL: quarkus.rest-client.registry.url.
 * Only called through {@link Register}, which bounds every call and turns every answer into a result. The caller's
 * token goes along ({@code org.eclipse.microprofile.rest.client.propagateHeaders=Authorization}), so the registry
 * applies its own rules to this caller: an anonymous caller gets the public initiatieven only. Kernen and
 * kernambtenaren are loaded for the {@link KernregisterCache} through {@link RegistryDienstApi} instead.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface RegistryApi {

    @GET
    @Path("/initiatieven/{id}")
    RegistryInitiatief initiatief(@PathParam("id") UUID id);
}
