package nl.participatiesuite.registry.uitdaagrecht;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.registry.regels.VerzoekOnderdeel;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Herstelverzoek", description = "Een verzoek om ontbrekende onderdelen aan te vullen (Awb 4:5); schort de "
        + "beslistermijn op tot de aanvulling of het eind van de hersteltermijn (Awb 4:15).")
public record HerstelverzoekResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = VerzoekOnderdeel.class)
        List<String> ontbrekendeOnderdelen,
        String toelichting,
        @Schema(required = true, example = "2026-11-10") LocalDate verzondenOp,
        @Schema(required = true, description = "De laatste dag om aan te vullen.", example = "2026-11-24") LocalDate hersteltermijnTot,
        @Schema(description = "Ontbreekt zolang de onderdelen niet binnen zijn.", example = "2026-11-20") LocalDate aangevuldOp) {

    static HerstelverzoekResponse of(Herstelverzoek herstel) {
        return new HerstelverzoekResponse(herstel.id,
                Codes.namen(Codes.los(VerzoekOnderdeel.class, herstel.ontbrekendeOnderdelen)), herstel.toelichting,
                herstel.verzondenOp, herstel.hersteltermijnTot, herstel.aangevuldOp);
    }
}
