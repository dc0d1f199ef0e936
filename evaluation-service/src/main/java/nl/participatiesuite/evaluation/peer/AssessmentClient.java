package nl.participatiesuite.evaluation.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the assessment-service contract this service relies on. URL: quarkus.rest-client.assessment.url.
 * Every call carries the Authorization header of the request being served (propagateHeaders).
 */
@RegisterClientHeaders
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1/beoordelingen")
@Produces(MediaType.APPLICATION_JSON)
interface AssessmentClient {

    /** The beoordelingen of one initiatief, newest first. */
    @GET
    BeoordelingPagina beoordelingen(@QueryParam("initiatief") UUID initiatiefId, @QueryParam("pageSize") int pageSize);
}
