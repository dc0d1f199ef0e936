package nl.participatiesuite.apirules.notificaties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the suite's other services deliver the notifications this service subscribed to ({@link EigenAbonnementen}):
 * only in a service built with {@code suite.ontvangen.notificaties=true}. Public, because the proof is the signature:
 * an event whose HMAC does not match this service's secret is refused and nothing happens. An accepted event is handed
 * to every replica of this service ({@link NotificatieDoorgifte}), so each refreshes its own caches.
 */
@Path("/notificaties")
@IfBuildProperty(name = "suite.ontvangen.notificaties", stringValue = "true")
@Tag(name = "notificaties", description = "Ontvangst van notificaties van de andere services van de suite.")
public class NotificatieOntvangstResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    NotificatieDoorgifte doorgifte;

    @Inject
    Instance<NotificatieVerwerker> verwerkers;

    @ConfigProperty(name = "suite.ontvangen.geheim")
    String geheim;

    @POST
    @PermitAll
    @Consumes({CloudEvent.CONTENT_TYPE, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ontvang een notificatie van een andere service van de suite",
            description = "Een CloudEvent 1.0 (JSON) zoals de abonnementen van de suite het afleveren, ondertekend met het geheim"
                    + " van het abonnement van deze service (header Notificatie-Handtekening: sha256=<hex>). Een verkeerde"
                    + " of ontbrekende handtekening: 403, er gebeurt niets.")
    @RequestBody(required = true, content = @Content(mediaType = CloudEvent.CONTENT_TYPE,
            schema = @Schema(implementation = CloudEvent.class)))
    @APIResponse(responseCode = "204", description = "Ontvangen; de caches van deze service worden vernieuwd")
    @APIResponse(responseCode = "403", description = "De handtekening klopt niet")
    @APIResponse(responseCode = "503", description = "De notificatie kon nu niet worden verwerkt; de afzender levert haar later"
            + " opnieuw af")
    public Response ontvang(@Parameter(description = "sha256=<hex>: HMAC-SHA256 over de body met het geheim van het"
            + " abonnement van deze service") @HeaderParam(Handtekening.HEADER) String handtekening, byte[] body) {
        if (!Handtekening.klopt(body, geheim, handtekening)) {
            throw ProblemException.forbidden("handtekening-onjuist",
                    "De notificatie is niet ondertekend met het geheim van het abonnement van deze service.");
        }
        OntvangenNotificatie notificatie = lees(body);
        verwerk(notificatie);
        doorgifte.geefDoor(notificatie);
        return Response.noContent().build();
    }

    /** This replica's own changes; a failure asks the sender to deliver again, since those changes are made only here. */
    private void verwerk(OntvangenNotificatie notificatie) {
        for (NotificatieVerwerker verwerker : verwerkers) {
            try {
                verwerker.verwerk(notificatie);
            } catch (ProblemException e) {
                throw e;
            } catch (RuntimeException e) {
                throw ProblemException.unavailable("notificatie-niet-verwerkt", "Notificatie niet verwerkt",
                        "De notificatie kon nu niet worden verwerkt (" + e.getClass().getSimpleName() + "); lever haar later"
                                + " opnieuw af.");
            }
        }
    }

    private static OntvangenNotificatie lees(byte[] body) {
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", InvalidParamCode.TYPE, "De notificatie is geen JSON.");
        }
        JsonNode data = event == null ? null : event.path("data");
        if (data == null || !data.path("kanaal").isTextual() || !event.path("subject").isTextual()) {
            throw ProblemException.invalid("data.kanaal", InvalidParamCode.REQUIRED, "Een CloudEvent van de suite noemt kanaal en subject.");
        }
        List<String> kernen = new ArrayList<>();
        data.path("kenmerken").path("kernen").forEach(k -> kernen.add(k.asText()));
        JsonNode gemeente = data.path("kenmerken").path("gemeente");
        return new OntvangenNotificatie(event.path("source").asText(), data.path("kanaal").asText(), data.path("actie").asText(),
                event.path("subject").asText(), data.path("resource").asText(), gemeente.isTextual() ? gemeente.asText() : null,
                kernen);
    }
}
