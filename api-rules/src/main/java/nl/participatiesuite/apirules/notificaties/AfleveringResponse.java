package nl.participatiesuite.apirules.notificaties;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Aflevering", description = "Eén notificatie op weg naar één abonnee: afgeleverd, nog wachtend of geparkeerd.")
public record AfleveringResponse(
        @Schema(required = true, format = "uuid") UUID id,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"WACHTEND", "AFGELEVERD", "GEPARKEERD"},
                description = "GEPARKEERD: langer dan de herhaaltermijn (standaard 24 uur) mislukt; wacht op opnieuw aanbieden.")
        String status,
        @Schema(required = true, description = "Hoe vaak al geprobeerd") int pogingen,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(description = "Wanneer de volgende poging is, zolang WACHTEND") Instant volgendePoging,
        Instant laatstePoging,
        @Schema(description = "Wat er bij de laatste poging misging (HTTP-status of soort fout)", example = "HTTP 503")
        String laatsteFout,
        Instant afgeleverdOp,
        @Schema(required = true) Notificatie notificatie) {

    @Schema(name = "AfgeleverdeNotificatie", description = "De notificatie zoals de abonnee haar krijgt (de data van het CloudEvent).")
    public record Notificatie(
            @Schema(required = true, format = "uuid", description = "Het id van het CloudEvent: gelijk bij elke herhaling")
            UUID id,
            @Schema(required = true, example = "initiatieven") String kanaal,
            @Schema(required = true, example = "initiatiefstatuswijziging") String resource,
            @Schema(required = true, type = SchemaType.STRING, enumeration = {"create", "update", "destroy"}) String actie,
            @Schema(required = true, description = "Het id van het object in zijn kanaal") String hoofdId,
            @Schema(required = true) Instant tijdstip,
            @Schema(example = "GM0214") String gemeente) {
    }

    public static AfleveringResponse of(Aflevering a) {
        NotificatieRij n = a.notificatie;
        return new AfleveringResponse(a.id, a.status.name(), a.pogingen, a.aangemaaktOp,
                a.status == Aflevering.Status.WACHTEND ? a.volgendePoging : null, a.laatstePoging, a.laatsteFout, a.afgeleverdOp,
                new Notificatie(n.id, n.kanaal, n.resource, n.actie, n.hoofdId, n.tijdstip, n.gemeente));
    }
}
