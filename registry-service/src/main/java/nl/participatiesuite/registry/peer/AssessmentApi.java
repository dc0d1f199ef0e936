package nl.participatiesuite.registry.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the assessment-service contract the registry relies on. URL: quarkus.rest-client.assessment.url. Only
 * called through {@link Beoordelingen}, with this service's own token named per call (no caller's token goes along:
 * no {@code @RegisterClientHeaders}): whether a beoordeling exists and what it names is asked for the registry's own
 * consistency, and a notification arrives without any caller.
 */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface AssessmentApi {

    @GET
    @Path("/beoordelingen/{id}")
    AssessmentBeoordeling beoordeling(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
