package nl.participatiesuite.assessment.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the evaluation-service contract this service relies on. URL: quarkus.rest-client.evaluation.url.
 * Only called through {@link Evaluaties}, which bounds every call and turns every answer into a result. The caller's
 * token goes along ({@code propagateHeaders=Authorization}), so the evaluation-service applies its own rules.
 */
@RegisterRestClient(configKey = "evaluation")
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface EvaluationApi {

    @GET
    @Path("/werkvorm-effectiviteit")
    EvaluationEffectiviteit werkvormEffectiviteit(@QueryParam("gemeente") String gemeente,
            @QueryParam("schaal") String schaal);
}
