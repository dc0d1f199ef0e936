package nl.participatiesuite.apirules.notificaties;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notification as it is delivered: a CloudEvents 1.0 event in structured JSON mode, with the attributes of the NL GOV
 * profile for CloudEvents where they fit ({@code source} as a URN, {@code subject} the object's id, {@code dataref} the
 * URL to read it again, {@code sequence} its place in this service's order) and the ZGW Notificaties fields as data.
 */
// Closed in every contract: the assessment-service receives it and refuses unknown fields, the others send it.
@Schema(name = "CloudEvent", additionalProperties = Schema.False.class, description = "Een notificatie zoals een abonnee haar ontvangt (application/cloudevents+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        @Schema(required = true, example = "1.0") String specversion,
        @Schema(required = true, format = "uuid", description = "Gelijk bij elke herhaling: ontdubbel hierop") String id,
        @Schema(required = true, example = "urn:nld:participatie-suite:registry-service") String source,
        @Schema(required = true, example = "nl.participatiesuite.initiatieven.create",
                description = "nl.participatiesuite.<kanaal>.<actie>") String type,
        @Schema(required = true, description = "Het id van het object in zijn kanaal") String subject,
        @Schema(required = true, example = "2026-05-01T09:30:00Z") String time,
        @Schema(required = true, example = "application/json") String datacontenttype,
        @Schema(required = true, description = "De URL om het object opnieuw te lezen") String dataref,
        @Schema(required = true, example = "00000000000000000042",
                description = "De volgorde van deze service, 20 cijfers: per object oplopend") String sequence,
        @Schema(required = true) Data data) {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Schema(name = "NotificatieData", additionalProperties = Schema.False.class, description = "Wat er gebeurde, zoals de ZGW Notificaties API het noemt.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(
            @Schema(required = true, example = "initiatieven") String kanaal,
            @Schema(required = true, description = "De URL van het object") String hoofdObject,
            @Schema(required = true, example = "initiatiefstatuswijziging",
                    description = "Wat veranderde: het object zelf of een deel ervan (een statuswijziging)") String resource,
            @Schema(description = "Het id van dat deel") String resourceId,
            @Schema(required = true, description = "De URL om opnieuw te lezen (het object)") String resourceUrl,
            @Schema(required = true, enumeration = {"create", "update", "destroy"}) String actie,
            @Schema(required = true, example = "2026-05-01T09:30:00Z") String aanmaakdatum,
            @Schema(required = true) Kenmerken kenmerken) {
    }

    @Schema(name = "NotificatieKenmerken", additionalProperties = Schema.False.class, description = "Waarop een abonnee filtert; nooit persoonsgegevens.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Kenmerken(
            @Schema(description = "De gemeente; weggelaten bij landelijke gegevens", example = "GM0214") String gemeente,
            @Schema(required = true, description = "De ids van de kernen waar het object over gaat") List<String> kernen) {
    }

    static byte[] van(Gebeurtenis g, String bron, String basisUrl) {
        String hoofdObject = basisUrl + "/" + g.kanaal() + "/" + g.hoofdId();
        CloudEvent event = new CloudEvent("1.0", g.id().toString(), bron, "nl.participatiesuite." + g.kanaal() + "." + g.actie(),
                g.hoofdId(), g.tijdstip().toString(), "application/json", hoofdObject,
                // Zero-padded so that the text order is the number order, as the CloudEvents sequence extension asks.
                String.format("%020d", g.volgnummer()),
                new Data(g.kanaal(), hoofdObject, g.resource(), g.resourceId(), hoofdObject, g.actie(), g.tijdstip().toString(),
                        new Kenmerken(g.gemeente(), g.kernen())));
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
