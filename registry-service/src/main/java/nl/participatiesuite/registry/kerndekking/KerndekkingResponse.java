package nl.participatiesuite.registry.kerndekking;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Kerndekking", description = "Hoe ver een gemeente is met kernambtenaren voor al haar kernen "
        + "(doel van Buren: alle kernen gedekt en minimaal twee kernambtenaren).")
public record KerndekkingResponse(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "13") int aantalKernen,
        @Schema(required = true, example = "12") int aantalKernenMetKernambtenaar,
        @Schema(required = true, example = "4") long aantalKernambtenaren,
        @Schema(required = true, description = "Op naam van de kern.") List<KernZonderKernambtenaar> kernenZonderKernambtenaar,
        @Schema(required = true) boolean alleKernenGedekt,
        @Schema(required = true) boolean minimaalTweeKernambtenaren,
        @Schema(required = true, description = "Alle kernen gedekt en minimaal twee kernambtenaren.") boolean doelBereikt)
        implements GemeenteGebonden {

    @Schema(name = "KernZonderKernambtenaar")
    public record KernZonderKernambtenaar(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "Zoelmond") String naam) {
    }
}
