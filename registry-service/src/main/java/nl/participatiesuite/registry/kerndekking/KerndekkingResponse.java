package nl.participatiesuite.registry.kerndekking;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Kerndekking", description = "Hoe ver een gemeente is met kernambtenaren voor al haar kernen "
        + "(doel: alle kernen gedekt en minstens het minimum aantal kernambtenaren van de regelset; standaard twee, "
        + "zoals in Buren).")
public record KerndekkingResponse(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "13") int aantalKernen,
        @Schema(required = true, example = "12") int aantalKernenMetKernambtenaar,
        @Schema(required = true, example = "4") long aantalKernambtenaren,
        @Schema(required = true, description = "Op naam van de kern.") List<KernZonderKernambtenaar> kernenZonderKernambtenaar,
        @Schema(required = true) boolean alleKernenGedekt,
        @Schema(required = true, example = "2", description = "Het minimum aantal kernambtenaren uit de regelset.")
        int minimaalAantalKernambtenaren,
        @Schema(required = true, description = "Minstens minimaalAantalKernambtenaren kernambtenaren. Vervangt sinds API 1.1.0 "
                + "minimaalTweeKernambtenaren.") boolean minimumKernambtenarenBereikt,
        @Schema(required = true, deprecated = true, description = "Verouderd sinds 1.1.0 en weg in 2.0.0: dezelfde waarde als"
                + " minimumKernambtenarenBereikt, onder de naam uit de tijd dat het minimum altijd twee was. Blijft tot dan,"
                + " zodat een bestaande client niet breekt.") boolean minimaalTweeKernambtenaren,
        @Schema(required = true, description = "Alle kernen gedekt en het minimum aantal kernambtenaren bereikt.")
        boolean doelBereikt,
        @Schema(required = true, example = "GM0214-2", description = "De regelset die vandaag geldt en het minimum gaf.")
        String regelsetVersie)
        implements GemeenteGebonden {

    @Schema(name = "KernZonderKernambtenaar")
    public record KernZonderKernambtenaar(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "Zoelmond") String naam) {
    }
}
