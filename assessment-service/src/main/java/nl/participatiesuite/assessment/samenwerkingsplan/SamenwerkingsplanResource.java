package nl.participatiesuite.assessment.samenwerkingsplan;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.participatiesuite.apirules.dokument.Documentvorm;
import nl.participatiesuite.apirules.dokument.Documentweergave;
import nl.participatiesuite.apirules.security.Rollen;
import nl.participatiesuite.assessment.common.JsonKolommen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/beoordelingen/{id}/samenwerkingsplan")
@Tag(name = "beoordelingen")
public class SamenwerkingsplanResource {

    @Inject
    SamenwerkingsplanService service;

    @Inject
    JsonKolommen json;

    @Inject
    Documentweergave weergave;

    @Inject
    @Location("samenwerkingsplan.html")
    Template template;

    @GET
    // Every Accept reaches this method, so that the 406 for an unsupported one says which three there are.
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, Documentvorm.PDF_MEDIA_TYPE, MediaType.WILDCARD})
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Het samenwerkingsplan van deze beoordeling, als data, webpagina of PDF/A",
            description = "Kies met Accept: application/json (de gegevens), text/html (een toegankelijke pagina, WCAG "
                    + "2.1 AA) of application/pdf (archiefwaardig PDF/A-2, met gemeente, datum en regelsetversie op "
                    + "elke pagina). Alle drie uit dezelfde gegevens; een ander Accept geeft 406.")
    @APIResponse(responseCode = "200", description = "Het samenwerkingsplan", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SamenwerkingsplanResponse.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documentvorm.PDF_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", description = "Geen van de drie vormen is acceptabel")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Documentvorm vorm = Documentvorm.kies(headers);
        return weergave.antwoord(vorm, SamenwerkingsplanResponse.of(service.plan(id), json), template,
                "samenwerkingsplan-" + id);
    }
}
