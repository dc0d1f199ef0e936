package nl.participatiesuite.evaluation.peer;

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
 * Every call carries the Authorization header of the request being served (propagateHeaders).
 */
@RegisterClientHeaders
@RegisterRestClient(configKey = "registry")
@Path("/api/v1/initiatieven")
@Produces(MediaType.APPLICATION_JSON)
interface RegistryClient {

    /** 200 with the initiatief, 404 problem+json when the registry does not know it. */
    @GET
    @Path("/{id}")
    RegistryInitiatief initiatief(@PathParam("id") UUID id);
}
