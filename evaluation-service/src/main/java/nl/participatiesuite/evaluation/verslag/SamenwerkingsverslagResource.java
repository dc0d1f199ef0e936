package nl.participatiesuite.evaluation.verslag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/evaluaties/{id}")
@Tag(name = "evaluaties")
public class SamenwerkingsverslagResource {

    @Inject
    SamenwerkingsverslagService service;

    @Inject
    Documentweergave weergave;

    @Inject
    @Location("samenwerkingsverslag.html")
    Template template;

    @GET
    @Path("/samenwerkingsverslag")
    // Every Accept reaches this method, so that the 406 for an unsupported one says which three there are.
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, Documentvorm.PDF_MEDIA_TYPE, MediaType.WILDCARD})
    @PermitAll
    @Operation(summary = "Het samenwerkingsverslag van deze evaluatie, als data, webpagina of PDF/A",
            description = "Kies met Accept: application/json (de gegevens), text/html (een toegankelijke pagina, WCAG "
                    + "2.1 AA) of application/pdf (archiefwaardig PDF/A-2, met gemeente, datum en regelsetversie op "
                    + "elke pagina). Alle drie uit dezelfde gegevens; een ander Accept geeft 406. Een gedeeld verslag "
                    + "(leerzaam voorbeeld) is voor iedereen, zonder token ook; een ander alleen voor de eigen "
                    + "gemeente (zonder token 401, andere gemeente 403). De opsteller staat er alleen voor de eigen "
                    + "gemeente in.")
    @APIResponse(responseCode = "200", description = "Het samenwerkingsverslag", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SamenwerkingsverslagResponse.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documentvorm.PDF_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "Het verslag is niet gedeeld en hoort bij een andere gemeente")
    @APIResponse(responseCode = "406", description = "Geen van de drie vormen is acceptabel")
    public Response samenwerkingsverslag(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Documentvorm vorm = Documentvorm.kies(headers);
        return weergave.antwoord(vorm, SamenwerkingsverslagResponse.of(service.verslag(id)), template,
                "samenwerkingsverslag-" + id);
    }

    @GET
    @Path("/participatieparagraaf")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Alleen de participatieparagraaf, voor een aanvraag omgevingsvergunning",
            description = "Participatie ja/nee, hoe en met welk resultaat (Omgevingsregeling art. 7.4); dezelfde "
                    + "paragraaf als in het samenwerkingsverslag, voor dezelfde lezers: van een gedeeld verslag iedereen, "
                    + "anders de eigen gemeente (zonder token 401, andere gemeente 403).")
    @APIResponse(responseCode = "403", description = "Het verslag is niet gedeeld en hoort bij een andere gemeente")
    @APIResponse(responseCode = "200", description = "De participatieparagraaf",
            content = @Content(schema = @Schema(implementation = ParticipatieparagraafResponse.class)))
    public ParticipatieparagraafResponse participatieparagraaf(@PathParam("id") UUID id) {
        return ParticipatieparagraafResponse.of(service.leesbaar(id));
    }
}
