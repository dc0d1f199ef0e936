package nl.participatiesuite.registry.signaleringsgroep;

import java.math.BigDecimal;
import java.util.UUID;
import nl.participatiesuite.registry.regels.Soort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Vrijwilligersvergoeding")
public record VrijwilligersvergoedingResponse(
        @Schema(required = true) UUID signaleringsgroep,
        @Schema(required = true, example = "2024") int jaar,
        @Schema(required = true, example = "250.00") BigDecimal bedrag,
        @Schema(required = true) Soort soort,
        @Schema(required = true, example = "Een whatsapp-coördinator ontvangt een jaarlijkse vrijwilligersvergoeding gelijk aan "
                + "de onkostenvergoeding voor een signaleringsgroep in 2024.") String onderbouwing) {
}
