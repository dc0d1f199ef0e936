package nl.participatiesuite.assessment.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Alle drempels en catalogi van de samenwerkingswijzer, zodat een gemeente haar eigen versie kan publiceren
 * (maatwerk). {@link #standaard()} is de standaardregelset van domain.md §2. Een gepubliceerde regelset
 * wordt eerst met {@link #valideer()} gecontroleerd; de engine weigert een ongeldige.
 *
 * <p>Getallen zijn object-typen zodat een ontbrekend veld in een gepubliceerde regelset als overtreding
 * gemeld wordt in plaats van stil 0 te worden.
 *
 * @param versie                versie-aanduiding die elke uitkomst vastlegt
 * @param intensiteit           grenzen van stap 2
 * @param samenwerkingsplan     wanneer een samenwerkingsplan geadviseerd wordt naast intensiteit ZWAAR
 * @param bredereGroepVanaf     maatschappelijkeBijdrage vanaf welke de bredere groep in de belangenanalyse hoort
 * @param behoefte              formule en grenzen van de behoefte per belanghebbende
 * @param maximumPerIntensiteit hoogste niveau per intensiteit; een intensiteit zonder sleutel heeft geen maximum
 * @param maximumBijBeslisser   hoogste niveau als de gemeente beslisser is
 * @param ladder                niveau naar trede van de participatieladder (Buren)
 * @param ladderBijLicht        afwijkende treden bij intensiteit LICHT (standaard MEEDENKEN naar RAADPLEGEN)
 * @param startnotitie          wanneer een startnotitie voor de raad vereist is
 * @param belangenanalyseHinderVanaf hinder vanaf welke een belanghebbende met nadeel verwacht wordt
 * @param inbrengGebruik        per niveau: wat er met de inbreng gebeurt
 * @param werkvormen            de matrix niveau x schaal, in aanbevolen volgorde
 * @param verplichteParticipatie de gevallen waarin de raad participatie verplicht stelde (domain.md §6); standaard geen
 */
public record Regelset(
        String versie,
        IntensiteitGrenzen intensiteit,
        SamenwerkingsplanGrenzen samenwerkingsplan,
        Integer bredereGroepVanaf,
        BehoefteRegels behoefte,
        Map<Intensiteit, Niveau> maximumPerIntensiteit,
        Niveau maximumBijBeslisser,
        Map<Niveau, Ladderniveau> ladder,
        Map<Niveau, Ladderniveau> ladderBijLicht,
        StartnotitieGrenzen startnotitie,
        Integer belangenanalyseHinderVanaf,
        Map<Niveau, String> inbrengGebruik,
        Map<Niveau, Map<Schaal, List<String>>> werkvormen,
        List<VerplichtGeval> verplichteParticipatie) {

    /** LICHT bij score tot en met {@code lichtTotEnMet}, ZWAAR vanaf {@code zwaarVanaf}, MIDDEL daartussen. */
    public record IntensiteitGrenzen(Integer lichtTotEnMet, Integer zwaarVanaf) {
    }

    /** Een samenwerkingsplan ook bij een beladen onderwerp of veel hinder, ongeacht de intensiteit. */
    public record SamenwerkingsplanGrenzen(Integer beladenVanaf, Integer hinderVanaf) {
    }

    /**
     * behoefte = weging + opslag bij negatieve gevolgen + opslag als het plan niet bij het belang past;
     * daarna MEEWETEN onder {@code meedenkenVanaf}, enzovoort.
     */
    public record BehoefteRegels(
            Integer opslagNegatieveGevolgen,
            Integer opslagPastNietBijBelang,
            Integer meedenkenVanaf,
            Integer meedoenVanaf,
            Integer meebeslissenVanaf) {
    }

    /** Voor plannen van de gemeente: vereist vanaf deze intensiteit of vanaf dit maatschappelijk belang. */
    public record StartnotitieGrenzen(Intensiteit intensiteitVanaf, Integer maatschappelijkBelangVanaf) {
    }

    public Regelset {
        maximumPerIntensiteit = Kopie.enumMap(Intensiteit.class, maximumPerIntensiteit);
        ladder = Kopie.enumMap(Niveau.class, ladder);
        ladderBijLicht = Kopie.enumMap(Niveau.class, ladderBijLicht);
        inbrengGebruik = Kopie.enumMap(Niveau.class, inbrengGebruik);
        werkvormen = kopieMatrix(werkvormen);
        // Regelsets gepubliceerd vóór deze regel kennen het veld niet: zij wijzen geen gevallen aan.
        verplichteParticipatie = verplichteParticipatie == null ? List.of() : Kopie.lijst(verplichteParticipatie);
    }

    public static Regelset standaard() {
        return StandaardRegelset.REGELSET;
    }

    public List<Overtreding> valideer() {
        return RegelsetValidatie.valideer(this);
    }

    private static Map<Niveau, Map<Schaal, List<String>>> kopieMatrix(Map<Niveau, Map<Schaal, List<String>>> bron) {
        EnumMap<Niveau, Map<Schaal, List<String>>> kopie = new EnumMap<>(Niveau.class);
        if (bron != null) {
            bron.forEach((niveau, rij) -> {
                if (niveau != null) {
                    EnumMap<Schaal, List<String>> rijKopie = new EnumMap<>(Schaal.class);
                    if (rij != null) {
                        rij.forEach((schaal, cel) -> {
                            if (schaal != null) {
                                rijKopie.put(schaal, cel == null ? null : Kopie.lijst(cel));
                            }
                        });
                    }
                    kopie.put(niveau, Collections.unmodifiableMap(rijKopie));
                }
            });
        }
        return Collections.unmodifiableMap(kopie);
    }
}
