package nl.participatiesuite.apirules.audit;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a resource's audit trail, in the shape of the ZGW audit trail. */
@Schema(name = "Auditregel", description = "Eén vastgelegde wijziging; persoonsgegevens alleen als pseudoniem.")
public record Auditregel(
        @Schema(required = true) UUID uuid,
        @Schema(required = true, example = "registry-service") String bron,
        @Schema(description = "De client (applicatie) waarmee de wijziging is gedaan.") String applicatieId,
        @Schema(required = true, description = "Het subject van het token, of 'systeem'.") String gebruikersId,
        @Schema(description = "De naam uit het token.") String gebruikersWeergave,
        @Schema(required = true, enumeration = {"create", "update", "destroy"}) String actie,
        @Schema(required = true, example = "Kernambtenaar", description = "Het soort object dat wijzigde.") String resource,
        @Schema(description = "Het id van dat object.") String resourceId,
        @Schema(required = true, description = "De resource waar deze wijziging bij hoort.") URI hoofdObject,
        @Schema(example = "GM0214") String gemeente,
        @Schema(required = true) Instant aanmaakdatum,
        @Schema(required = true) Wijzigingen wijzigingen) {

    @Schema(name = "Wijzigingen", description = "De gewijzigde velden met oude en nieuwe waarde.")
    public record Wijzigingen(
            @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    additionalProperties = Schema.True.class) Map<String, Object> oud,
            @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    additionalProperties = Schema.True.class) Map<String, Object> nieuw) {
    }
}
