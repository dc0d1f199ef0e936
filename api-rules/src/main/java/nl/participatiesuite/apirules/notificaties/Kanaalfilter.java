package nl.participatiesuite.apirules.notificaties;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which notifications of one kanaal a subscriber wants: all of them, or only these acties, or only those about this
 * kern. The gemeente is the abonnement's own.
 */
@Schema(name = "Kanaalfilter", description = "Eén kanaal van een abonnement en welke van zijn notificaties de abonnee krijgt.")
public record Kanaalfilter(
        @Schema(required = true, description = "Het kanaal: een collectie van deze service", example = "initiatieven") String naam,
        @Schema(required = true, description = "Alleen deze acties; leeg: alle",
                type = SchemaType.ARRAY, implementation = String.class, example = "[\"create\"]") List<String> acties,
        @Schema(description = "Alleen notificaties over deze kern (id)", format = "uuid") String kern) {

    public Kanaalfilter {
        acties = acties == null ? List.of() : List.copyOf(acties);
    }

    boolean laatDoor(Gebeurtenis gebeurtenis) {
        return naam.equals(gebeurtenis.kanaal())
                && (acties.isEmpty() || acties.contains(gebeurtenis.actie()))
                && (kern == null || gebeurtenis.kernen().contains(kern));
    }
}
