package nl.participatiesuite.apirules.ingang;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API root's answer: links, no data. */
@Schema(name = "ApiIngang", description = "De ingang van de API: deze service, haar contract en haar collecties.")
public record ApiIngangResponse(
        @Schema(required = true, example = "registry-service") String naam,
        @Schema(required = true, example = "1.0.0", description = "De volledige versie van de API (ook de header API-Version).")
                String versie,
        @Schema(required = true, description = "Het OpenAPI-document van deze service (JSON).") URI openapi,
        @Schema(required = true, description = "Elke collectie van deze service, op naam.") List<Collectie> collecties) {

    @Schema(name = "ApiCollectie", description = "Eén collectie van de API.")
    public record Collectie(
            @Schema(required = true, example = "kernen") String naam,
            @Schema(required = true, example = "https://registry.participatie-suite.example.org/api/v1/kernen") URI href) {
    }

    static ApiIngangResponse van(String naam, String versie, List<String> collecties, UriBuilder basis) {
        return new ApiIngangResponse(naam, versie, basis.clone().path("openapi.json").build(),
                collecties.stream().map(c -> new Collectie(c, basis.clone().path(c).build())).toList());
    }
}
