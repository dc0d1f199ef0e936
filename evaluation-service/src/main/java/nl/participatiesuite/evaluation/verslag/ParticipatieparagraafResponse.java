package nl.participatiesuite.evaluation.verslag;

import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.evaluation.evaluatie.Doelresultaat;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;
import nl.participatiesuite.evaluation.regels.Participatieparagraaf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Participatieparagraaf", description = "De korte paragraaf voor een aanvraag omgevingsvergunning "
        + "(Omgevingsregeling art. 7.4): heeft participatie plaatsgevonden, hoe, en met welk resultaat.")
public record ParticipatieparagraafResponse(
        @Schema(required = true) UUID evaluatieId,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, description = "Participatie ja/nee: konden betrokkenen inbreng leveren (een "
                + "gerealiseerd niveau boven INFORMEREN)?") boolean participatie,
        @Schema(required = true, description = "Hoe: niveau, werkvormen en terugkoppeling") String hoe,
        @Schema(required = true, description = "Resultaat: de doelen en het oordeel van de deelnemers") String resultaat)
        implements GemeenteGebonden {

    public static ParticipatieparagraafResponse of(Evaluatie e) {
        Participatieparagraaf paragraaf = Participatieparagraaf.van(e.gerealiseerdNiveau,
                e.werkvormen.stream().map(w -> w.werkvorm).distinct().toList(), e.terugkoppelingGegeven,
                e.terugkoppelingHoe, aantal(e, Doelresultaat.BEHAALD), aantal(e, Doelresultaat.DEELS),
                aantal(e, Doelresultaat.NIET_BEHAALD), e.deelnemersoordelen.stream().map(o -> o.score).toList());
        return new ParticipatieparagraafResponse(e.id, e.gemeente, paragraaf.participatie(), paragraaf.hoe(),
                paragraaf.resultaat());
    }

    private static int aantal(Evaluatie e, Doelresultaat resultaat) {
        return (int) e.doelen.stream().filter(d -> d.resultaat == resultaat).count();
    }
}
