package nl.participatiesuite.registry.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the evaluation-service contract the registry relies on. URL: quarkus.rest-client.evaluation.url. Only
 * called through {@link Evaluaties}, which bounds every call and turns every answer into a result. The caller's token
 * goes along ({@code propagateHeaders=Authorization}), so the evaluation-service applies its own rules.
 */
@RegisterRestClient(configKey = "evaluation")
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface EvaluationApi {

    @GET
    @Path("/evaluaties")
    EvaluatiePagina evaluaties(@QueryParam("gemeente") String gemeente, @QueryParam("initiatief") UUID initiatief,
            @QueryParam("pageSize") int pageSize);
}
