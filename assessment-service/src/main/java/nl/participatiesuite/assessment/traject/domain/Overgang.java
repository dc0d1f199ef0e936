package nl.participatiesuite.assessment.traject.domain;

import java.time.Instant;
import java.util.List;

/**
 * Eén regel van de geschiedenis van een traject.
 *
 * @param reden                     verplicht bij terug naar een eerdere fase, anders optioneel
 * @param vervallenTerugkoppelingen terugkoppelingen die door een stap terug opnieuw moeten; hier bewaard
 *                                  zodat de geschiedenis ze niet verliest
 */
public record Overgang(
        TrajectStap van,
        TrajectStap naar,
        String reden,
        String actor,
        Instant tijdstip,
        List<Terugkoppeling> vervallenTerugkoppelingen) {
    public Overgang {
        vervallenTerugkoppelingen = List.copyOf(vervallenTerugkoppelingen);
    }
}
