package nl.participatiesuite.registry.onkostenvergoeding;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Onkostenvergoeding", description = "De jaarlijkse onkostenvergoeding van een dorpsbelangenorganisatie: "
        + "basisbedrag × Π(1 + cpi/100) over de jaren na het basisjaar, afgerond op hele centen (half naar boven).")
public record OnkostenvergoedingResponse(
        @Schema(required = true) UUID dorpsbelangenorganisatie,
        @Schema(required = true, example = "2022") int jaar,
        @Schema(required = true, example = "2020") int basisjaar,
        @Schema(required = true, example = "375.00") BigDecimal basisbedrag,
        @Schema(required = true, example = "423.64") BigDecimal bedrag,
        @Schema(required = true, description = "De cijfers van basisjaar+1 tot en met jaar, op jaar; leeg voor het basisjaar.")
        List<ToegepastInflatiecijfer> toegepasteInflatiecijfers,
        @Schema(required = true, example = "GM0214-2",
                description = "De regelset (basisbedrag en basisjaar) waarmee is gerekend: die op 1 januari van het jaar gold.")
        String regelsetVersie) {

    @Schema(name = "ToegepastInflatiecijfer")
    public record ToegepastInflatiecijfer(
            @Schema(required = true, example = "2021") int jaar,
            @Schema(required = true, example = "2.7") BigDecimal cpiPercentage) {
    }
}
