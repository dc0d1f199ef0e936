package nl.participatiesuite.assessment.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the evaluation-service contract this service relies on. URL: quarkus.rest-client.evaluation.url.
 * Only called through {@link Evaluaties}, which bounds every call and turns every answer into a result. No caller's token
 * goes along (no {@code @RegisterClientHeaders}): what is asked is loaded for the {@link WerkvormkennisCache}, which
 * every caller reads, so the token is named per call — the service's own, or none for the public view.
 */
@RegisterRestClient(configKey = "evaluation")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface EvaluationApi {

    @GET
    @Path("/werkvorm-effectiviteit")
    EvaluationEffectiviteit werkvormEffectiviteit(@HeaderParam("Authorization") String authorization,
            @QueryParam("gemeente") String gemeente, @QueryParam("schaal") String schaal);
}
