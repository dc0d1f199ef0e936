package nl.participatiesuite.apirules.audit;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of a resource's audit trail, in the shape of the ZGW audit trail. Who made the change is personal data
 * of an employee: shown only to the gemeente that employee acted for. That matters for trails without a gemeente
 * (the national inflation figures), which every beheerder reads: another gemeente's beheerder sees that, when and
 * what changed, not who.
 */
@Schema(name = "Auditregel", description = "Eén vastgelegde wijziging; persoonsgegevens alleen als pseudoniem.")
public record Auditregel(
        @Schema(required = true) UUID uuid,
        @Schema(required = true, example = "registry-service") String bron,
        @Schema(description = "De client (applicatie) waarmee de wijziging is gedaan.") String applicatieId,
        @Schema(description = "Het subject van het token, of 'systeem'. Alleen voor de gemeente van de gebruiker.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true")) String gebruikersId,
        @Schema(description = "De naam uit het token. Alleen voor de gemeente van de gebruiker.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true")) String gebruikersWeergave,
        @Schema(example = "GM0214", description = "De gemeente waarvoor de gebruiker handelde (de gemeente uit het token).")
                String gebruikersGemeente,
        @Schema(required = true, enumeration = {"create", "update", "destroy"}) String actie,
        @Schema(required = true, example = "Kernambtenaar", description = "Het soort object dat wijzigde.") String resource,
        @Schema(description = "Het id van dat object.") String resourceId,
        @Schema(required = true, description = "De resource waar deze wijziging bij hoort.") URI hoofdObject,
        @Schema(example = "GM0214", description = "De gemeente van het object; leeg bij landelijke gegevens.") String gemeente,
        @Schema(required = true) Instant aanmaakdatum,
        @Schema(required = true) Wijzigingen wijzigingen) implements GemeenteGebonden {

    @Schema(name = "Wijzigingen", description = "De gewijzigde velden met oude en nieuwe waarde.")
    public record Wijzigingen(
            @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    additionalProperties = Schema.True.class) Map<String, Object> oud,
            @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    additionalProperties = Schema.True.class) Map<String, Object> nieuw) {
    }

    /**
     * The actor's fields are for the actor's own gemeente; see the class comment. A change the system made (no
     * token, {@code gebruikersId} "systeem") names no person and goes with the object's gemeente.
     */
    @Override
    public String gemeenteVanPersoonsgegevens() {
        return gebruikersGemeente != null ? gebruikersGemeente : gemeente;
    }
}
