package nl.participatiesuite.assessment.beoordeling;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.Intensiteit;
import nl.participatiesuite.assessment.engine.Ladderniveau;
import nl.participatiesuite.assessment.engine.Niveau;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Beoordeling", description = "Een opgeslagen beoordeling: de antwoorden, de uitkomst van elke stap "
        + "met onderbouwing, en de regelset die de uitkomst gaf.", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record BeoordelingResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        UUID initiatiefId,
        @Schema(description = "De kern van de uitkomst: meegegeven, of de eerste kern van het initiatief")
        UUID kernId,
        @Schema(required = true) BeoordelingInvoer invoer,
        @Schema(required = true) Uitkomst uitkomst,
        @Schema(required = true, description = "Kopie van uitkomst.stap3.niveau, om op te filteren") Niveau niveau,
        @Schema(required = true, description = "Kopie van uitkomst.stap3.ladderniveau") Ladderniveau ladderniveau,
        @Schema(required = true, description = "Kopie van uitkomst.stap2.intensiteit") Intensiteit intensiteit,
        @Schema(required = true) RegelsetVerwijzing regelset,
        @Schema(description = "Hoe actueel de werkvormeffectiviteit (evaluation-service) was waarmee stap 4 de"
                + " werkvormen ordende; ontbreekt bij beoordelingen van voor versie 1.1.0") ActualiteitResponse werkvormEffectiviteit,
        @Schema(description = "Hoe actueel de kern en haar kernambtenaren (registry-service) waren waarmee het"
                + " aanspreekpunt is bepaald; ontbreekt als het plan geen kern heeft of van voor versie 1.1.0 is")
        ActualiteitResponse kernGegevens,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    static BeoordelingResponse of(Beoordeling beoordeling, JsonKolommen json) {
        OpgeslagenUitkomst.Gelezen opgeslagen = beoordeling.leesUitkomstMetActualiteit(json);
        Uitkomst uitkomst = opgeslagen.uitkomst();
        return new BeoordelingResponse(beoordeling.id, beoordeling.gemeente, beoordeling.initiatiefId, beoordeling.kernId,
                beoordeling.leesInvoer(json), uitkomst, beoordeling.niveau, beoordeling.ladderniveau,
                beoordeling.intensiteit, RegelsetVerwijzing.of(beoordeling, uitkomst),
                opgeslagen.werkvormEffectiviteit(), opgeslagen.kernGegevens(), beoordeling.aangemaaktOp,
                beoordeling.gewijzigdOp);
    }
}
