package nl.participatiesuite.apirules.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with the ZGW-style {@code invalidParams} for validation errors. */
@Schema(name = "Problem", description = "Foutmelding volgens RFC 9457 (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, example = "https://participatie-suite.example.org/problemen/ongeldige-invoer") URI type,
        @Schema(required = true, example = "Ongeldige invoer") String title,
        @Schema(required = true, example = "400") int status,
        @Schema(required = true, example = "Eén of meer velden zijn ongeldig.") String detail,
        @Schema(required = true, example = "/api/v1/kernen", format = "uri-reference",
                description = "Het pad van het verzoek, relatief aan de host.") URI instance,
        List<InvalidParam> invalidParams) {

    public static final String TYPE_BASE = "https://participatie-suite.example.org/problemen/";

    @Schema(name = "InvalidParam", description = "Eén ongeldig veld.")
    public record InvalidParam(
            @Schema(required = true, example = "naam") String name,
            @Schema(required = true, example = "required") String code,
            @Schema(required = true, example = "Naam is verplicht.") String reason) {
    }
}
