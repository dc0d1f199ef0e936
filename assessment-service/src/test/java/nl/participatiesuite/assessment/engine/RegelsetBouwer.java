package nl.participatiesuite.assessment.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Een variant van de standaardregelset met één onderdeel anders, zoals een gemeente die maatwerk publiceert. */
final class RegelsetBouwer {

    private String versie;
    private Regelset.IntensiteitGrenzen intensiteit;
    private Regelset.SamenwerkingsplanGrenzen samenwerkingsplan;
    private Integer bredereGroepVanaf;
    private Regelset.BehoefteRegels behoefte;
    private Map<Intensiteit, Niveau> maximumPerIntensiteit;
    private Niveau maximumBijBeslisser;
    private Map<Niveau, Ladderniveau> ladder;
    private Map<Niveau, Ladderniveau> ladderBijLicht;
    private Regelset.StartnotitieGrenzen startnotitie;
    private Integer belangenanalyseHinderVanaf;
    private Map<Niveau, String> inbrengGebruik;
    private final Map<Niveau, Map<Schaal, List<String>>> werkvormen = new EnumMap<>(Niveau.class);
    private List<VerplichtGeval> verplichteParticipatie = List.of();

    private RegelsetBouwer(Regelset basis) {
        versie = basis.versie();
        intensiteit = basis.intensiteit();
        samenwerkingsplan = basis.samenwerkingsplan();
        bredereGroepVanaf = basis.bredereGroepVanaf();
        behoefte = basis.behoefte();
        maximumPerIntensiteit = basis.maximumPerIntensiteit();
        maximumBijBeslisser = basis.maximumBijBeslisser();
        ladder = basis.ladder();
        ladderBijLicht = basis.ladderBijLicht();
        startnotitie = basis.startnotitie();
        belangenanalyseHinderVanaf = basis.belangenanalyseHinderVanaf();
        inbrengGebruik = basis.inbrengGebruik();
        basis.werkvormen().forEach((niveau, rij) -> werkvormen.put(niveau, new EnumMap<>(rij)));
    }

    static RegelsetBouwer standaard() {
        return new RegelsetBouwer(Regelset.standaard());
    }

    RegelsetBouwer versie(String waarde) { versie = waarde; return this; }
    RegelsetBouwer intensiteit(Integer licht, Integer zwaar) {
        intensiteit = new Regelset.IntensiteitGrenzen(licht, zwaar); return this;
    }
    RegelsetBouwer samenwerkingsplan(Integer beladen, Integer hinder) {
        samenwerkingsplan = new Regelset.SamenwerkingsplanGrenzen(beladen, hinder); return this;
    }
    RegelsetBouwer bredereGroepVanaf(Integer waarde) { bredereGroepVanaf = waarde; return this; }
    RegelsetBouwer behoefte(Regelset.BehoefteRegels waarde) { behoefte = waarde; return this; }
    RegelsetBouwer maximumPerIntensiteit(Map<Intensiteit, Niveau> waarde) { maximumPerIntensiteit = waarde; return this; }
    RegelsetBouwer maximumBijBeslisser(Niveau waarde) { maximumBijBeslisser = waarde; return this; }
    RegelsetBouwer ladder(Map<Niveau, Ladderniveau> waarde) { ladder = waarde; return this; }
    RegelsetBouwer ladderBijLicht(Map<Niveau, Ladderniveau> waarde) { ladderBijLicht = waarde; return this; }
    RegelsetBouwer startnotitie(Intensiteit vanaf, Integer belang) {
        startnotitie = new Regelset.StartnotitieGrenzen(vanaf, belang); return this;
    }
    RegelsetBouwer belangenanalyseHinderVanaf(Integer waarde) { belangenanalyseHinderVanaf = waarde; return this; }
    RegelsetBouwer inbrengGebruik(Map<Niveau, String> waarde) { inbrengGebruik = waarde; return this; }
    RegelsetBouwer cel(Niveau niveau, Schaal schaal, List<String> waarde) {
        werkvormen.get(niveau).put(schaal, waarde); return this;
    }
    RegelsetBouwer zonderCel(Niveau niveau, Schaal schaal) {
        werkvormen.get(niveau).remove(schaal); return this;
    }

    RegelsetBouwer verplichteParticipatie(VerplichtGeval... gevallen) {
        verplichteParticipatie = java.util.Arrays.asList(gevallen); return this;
    }

    Regelset bouw() {
        return new Regelset(versie, intensiteit, samenwerkingsplan, bredereGroepVanaf, behoefte, maximumPerIntensiteit,
                maximumBijBeslisser, ladder, ladderBijLicht, startnotitie, belangenanalyseHinderVanaf, inbrengGebruik,
                werkvormen, verplichteParticipatie);
    }
}
