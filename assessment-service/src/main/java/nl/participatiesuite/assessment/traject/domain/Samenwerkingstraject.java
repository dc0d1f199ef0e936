package nl.participatiesuite.assessment.traject.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Een samenwerkingstraject volgens het BINNO-processchema, als onveranderlijke toestandsmachine: elke
 * handeling geeft een nieuw traject terug of weigert met een {@link TrajectException}. Tijd komt als
 * argument binnen, zodat de regels zonder klok te testen zijn. Tekst komt genormaliseerd binnen: de aanroeper
 * maakt een lege of blanco tekst {@code null} en haalt de spaties eromheen weg, zodat hier één betekenis van
 * "leeg" geldt: {@code null}.
 *
 * <p>Regels:
 * <ul>
 *   <li>vooruit gaat één stap tegelijk; binnen een fase vrij;</li>
 *   <li>een fase verlaten (van de laatste stap naar de eerste stap van de volgende fase) mag pas als de
 *       terugkoppeling van die fase volledig is: college gerapporteerd en raad kaders vastgesteld;</li>
 *   <li>terug naar elke eerdere stap mag; naar een eerdere fase alleen met een reden. De terugkoppelingen
 *       van de fasen die daardoor opnieuw doorlopen worden, vervallen (de raad moet zijn kaders opnieuw
 *       vaststellen) en worden in de overgang bewaard;</li>
 *   <li>elke overgang komt in de geschiedenis.</li>
 * </ul>
 *
 * @param terugkoppelingen geldige terugkoppelingen, op volgorde van fase
 * @param geschiedenis     alle overgangen, oudste eerst
 */
public record Samenwerkingstraject(
        TrajectStap huidigeStap,
        List<Terugkoppeling> terugkoppelingen,
        List<Overgang> geschiedenis) {

    public Samenwerkingstraject {
        if (huidigeStap == null) {
            throw new TrajectException(TrajectFoutCode.ONGELDIGE_STAP, "Een traject staat altijd op een stap.");
        }
        terugkoppelingen = terugkoppelingen == null ? List.of() : terugkoppelingen.stream()
                .sorted(Comparator.comparing(Terugkoppeling::fase))
                .toList();
        geschiedenis = geschiedenis == null ? List.of() : List.copyOf(geschiedenis);
    }

    /** Een nieuw traject begint bij stap 1, zonder terugkoppelingen en zonder geschiedenis. */
    public static Samenwerkingstraject nieuw() {
        return new Samenwerkingstraject(TrajectStap.eerste(), List.of(), List.of());
    }

    public Fase huidigeFase() {
        return huidigeStap.fase();
    }

    public Optional<Terugkoppeling> terugkoppeling(Fase fase) {
        return terugkoppelingen.stream().filter(t -> t.fase() == fase).findFirst();
    }

    /** Legt vast dat het college over de huidige fase aan de raad heeft gerapporteerd. */
    public Samenwerkingstraject collegeHeeftGerapporteerd(LocalDate datum) {
        vereist(datum, "de datum van de rapportage van het college");
        Terugkoppeling huidig = terugkoppeling(huidigeFase()).orElse(new Terugkoppeling(huidigeFase(), null, null));
        return metTerugkoppeling(new Terugkoppeling(huidigeFase(), datum, huidig.raadKadersVastgesteld()));
    }

    /** Legt vast dat de raad de kaders voor het vervolg heeft vastgesteld of bevestigd. */
    public Samenwerkingstraject raadHeeftKadersVastgesteld(LocalDate datum) {
        vereist(datum, "de datum waarop de raad de kaders vaststelde");
        Terugkoppeling huidig = terugkoppeling(huidigeFase()).orElse(new Terugkoppeling(huidigeFase(), null, null));
        return metTerugkoppeling(new Terugkoppeling(huidigeFase(), huidig.collegeGerapporteerd(), datum));
    }

    /** Naar de volgende stap; over een fasegrens alleen na een volledige terugkoppeling. */
    public Samenwerkingstraject volgende(String actor, Instant tijdstip) {
        if (huidigeStap.nummer() == TrajectStap.values().length) {
            throw new TrajectException(TrajectFoutCode.ONGELDIGE_STAP,
                    "Stap " + huidigeStap.nummer() + " is de laatste stap van het traject.");
        }
        return naar(TrajectStap.metNummer(huidigeStap.nummer() + 1), null, actor, tijdstip);
    }

    /**
     * Naar een andere stap: de volgende stap, of terug naar een eerdere stap.
     *
     * @param reden verplicht als {@code doel} in een eerdere fase ligt
     * @param actor wie de overgang maakt
     */
    public Samenwerkingstraject naar(TrajectStap doel, String reden, String actor, Instant tijdstip) {
        if (doel == null || doel == huidigeStap) {
            throw new TrajectException(TrajectFoutCode.ONGELDIGE_STAP,
                    "Kies een andere stap dan de huidige stap " + huidigeStap.nummer() + ".");
        }
        if (actor == null) {
            throw new TrajectException(TrajectFoutCode.GEGEVEN_VEREIST, "Vermeld wie de overgang maakt.");
        }
        vereist(tijdstip, "het tijdstip van de overgang");
        List<Terugkoppeling> vervallen = doel.nummer() > huidigeStap.nummer()
                ? vooruit(doel)
                : terug(doel, reden);
        List<Terugkoppeling> blijvend = terugkoppelingen.stream().filter(t -> !vervallen.contains(t)).toList();
        List<Overgang> nieuweGeschiedenis = new ArrayList<>(geschiedenis);
        nieuweGeschiedenis.add(new Overgang(huidigeStap, doel, reden, actor, tijdstip, vervallen));
        return new Samenwerkingstraject(doel, blijvend, nieuweGeschiedenis);
    }

    private List<Terugkoppeling> vooruit(TrajectStap doel) {
        if (doel.nummer() != huidigeStap.nummer() + 1) {
            throw new TrajectException(TrajectFoutCode.ONGELDIGE_STAP, "Van stap " + huidigeStap.nummer()
                    + " kan het traject alleen naar stap " + (huidigeStap.nummer() + 1) + "; stappen worden niet "
                    + "overgeslagen.");
        }
        if (doel.fase() != huidigeFase()
                && !terugkoppeling(huidigeFase()).map(Terugkoppeling::volledig).orElse(false)) {
            throw new TrajectException(TrajectFoutCode.TERUGKOPPELING_ONTBREEKT, "De fase "
                    + huidigeFase().titel() + " wordt pas verlaten als het college heeft gerapporteerd en de raad "
                    + "zijn kaders heeft vastgesteld.");
        }
        return List.of();
    }

    private List<Terugkoppeling> terug(TrajectStap doel, String reden) {
        if (doel.fase() == huidigeFase()) {
            return List.of();
        }
        if (reden == null) {
            throw new TrajectException(TrajectFoutCode.REDEN_VEREIST,
                    "Terug naar de fase " + doel.fase().titel() + " kan alleen met een reden.");
        }
        return terugkoppelingen.stream().filter(t -> t.fase().compareTo(doel.fase()) >= 0).toList();
    }

    private Samenwerkingstraject metTerugkoppeling(Terugkoppeling nieuw) {
        List<Terugkoppeling> lijst = new ArrayList<>(terugkoppelingen.stream()
                .filter(t -> t.fase() != nieuw.fase())
                .toList());
        lijst.add(nieuw);
        return new Samenwerkingstraject(huidigeStap, lijst, geschiedenis);
    }

    private static void vereist(Object waarde, String wat) {
        if (waarde == null) {
            throw new TrajectException(TrajectFoutCode.GEGEVEN_VEREIST, "Vermeld " + wat + ".");
        }
    }
}
