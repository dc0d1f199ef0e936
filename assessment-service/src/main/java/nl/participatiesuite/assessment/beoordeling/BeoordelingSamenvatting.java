package nl.participatiesuite.assessment.beoordeling;

import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Initiatiefnemer;
import nl.participatiesuite.assessment.engine.Intensiteit;
import nl.participatiesuite.assessment.engine.Ladderniveau;
import nl.participatiesuite.assessment.engine.Niveau;
import nl.participatiesuite.assessment.engine.Schaal;
import nl.participatiesuite.assessment.engine.VerplichteParticipatieUitkomst;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BeoordelingSamenvatting", description = "Een beoordeling in een lijst; de volledige antwoorden "
        + "en uitkomst staan op GET /beoordelingen/{id}.")
public record BeoordelingSamenvatting(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        UUID initiatiefId,
        UUID kernId,
        @Schema(required = true) String doel,
        @Schema(required = true) String activiteit,
        @Schema(required = true) Initiatiefnemer initiatiefnemer,
        @Schema(required = true) Schaal schaal,
        @Schema(required = true) Niveau niveau,
        @Schema(required = true) Ladderniveau ladderniveau,
        @Schema(required = true) Intensiteit intensiteit,
        @Schema(required = true) RegelsetVerwijzing regelset,
        @Schema(required = true, description = "Kopie van uitkomst.verplichteParticipatie: of de raad participatie "
                + "verplicht stelde, met het besluit (de evaluation-service neemt het over in het samenwerkingsverslag)")
        VerplichteParticipatieUitkomst verplichteParticipatie,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    /**
     * From the list's narrow columns. A row stored before verplichteParticipatie existed has none: not mandatory, as
     * {@link OpgeslagenUitkomst} reads such an outcome.
     */
    static BeoordelingSamenvatting of(BeoordelingLijstregel regel, JsonKolommen json) {
        VerplichteParticipatieUitkomst verplichteParticipatie = regel.lijstVerplichteParticipatie() == null
                ? VerplichteParticipatieUitkomst.nietVerplicht()
                : json.lees(regel.lijstVerplichteParticipatie(), VerplichteParticipatieUitkomst.class);
        return new BeoordelingSamenvatting(regel.id(), regel.gemeente(), regel.initiatiefId(), regel.kernId(),
                regel.lijstDoel(), regel.lijstActiviteit(), waarde(Initiatiefnemer.class, regel.lijstInitiatiefnemer()),
                waarde(Schaal.class, regel.lijstSchaal()), regel.niveau(), regel.ladderniveau(), regel.intensiteit(),
                RegelsetVerwijzing.of(regel),
                verplichteParticipatie, regel.aangemaaktOp(), regel.gewijzigdOp());
    }

    private static <E extends Enum<E>> E waarde(Class<E> type, String naam) {
        return naam == null ? null : Enum.valueOf(type, naam);
    }
}
