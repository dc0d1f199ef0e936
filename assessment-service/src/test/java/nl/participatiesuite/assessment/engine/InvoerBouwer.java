package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bouwt een geldige invoer met neutrale standaardantwoorden (plan van de gemeente die niet hoeft te beslissen,
 * samenwerking mogelijk, alles 0), zodat een test alleen het antwoord noemt waar de regel over gaat.
 */
public final class InvoerBouwer {

    private String doel = "De gezondheid van jongeren verbeteren";
    private String activiteit = "Drie sportveldjes realiseren";
    private Initiatiefnemer initiatiefnemer = Initiatiefnemer.GEMEENTE;
    private Schaal schaal = Schaal.DORP_WIJK;
    private Boolean ruimte = true;
    private Boolean belangen = true;
    private Boolean tijd = true;
    private Integer omvang = 0;
    private Integer maatschappelijkBelang = 0;
    private Integer maatschappelijkeBijdrage = 0;
    private final Map<Aspect, Integer> hinderTijdens = new EnumMap<>(Aspect.class);
    private final Map<Aspect, Integer> hinderNa = new EnumMap<>(Aspect.class);
    private final Set<DoelSamenwerking> doelen = EnumSet.noneOf(DoelSamenwerking.class);
    private final List<Belanghebbende> belanghebbenden = new ArrayList<>();
    private String kaders;
    private String gezamenlijkBelang;
    private Boolean gemeenteBijdrageNodig;
    private Boolean gemeenteMoetBeslissen = false;
    private Ondersteuning ondersteuningGevraagd;
    private Boolean pastBijAmbities;
    private Boolean schuurtMetDoelen;
    private Boolean middelenBeschikbaar;
    private List<String> verplichteParticipatie = List.of();

    public static InvoerBouwer invoer() {
        return new InvoerBouwer();
    }

    /** Een belanghebbende die precies de gegeven behoefte heeft (weging, zonder opslagen). */
    public static Belanghebbende metBehoefte(String naam, int behoefte) {
        int weging = Math.min(behoefte, 5);
        return new Belanghebbende(naam, null, weging, behoefte <= 5,
                behoefte > 6 ? Gevolgen.NEGATIEF : Gevolgen.POSITIEF, null);
    }

    /** De behoefte die bij een niveau hoort in de standaardregelset. */
    public static int behoefteVoor(Niveau niveau) {
        return switch (niveau) {
            case MEEWETEN -> 2;
            case MEEDENKEN -> 3;
            case MEEDOEN -> 5;
            case MEEBESLISSEN -> 6;
        };
    }

    /** Een score die in de standaardregelset bij de intensiteit hoort, via omvang. */
    public InvoerBouwer intensiteit(Intensiteit intensiteit) {
        switch (intensiteit) {
            case GEEN -> ruimte = false;
            case LICHT -> omvang = 2;
            case MIDDEL -> omvang = 3;
            case ZWAAR -> omvang = 5;
        }
        return this;
    }

    public InvoerBouwer doel(String waarde) { doel = waarde; return this; }
    public InvoerBouwer activiteit(String waarde) { activiteit = waarde; return this; }
    public InvoerBouwer initiatiefnemer(Initiatiefnemer waarde) { initiatiefnemer = waarde; return this; }
    public InvoerBouwer schaal(Schaal waarde) { schaal = waarde; return this; }
    public InvoerBouwer ruimte(Boolean waarde) { ruimte = waarde; return this; }
    public InvoerBouwer belangen(Boolean waarde) { belangen = waarde; return this; }
    public InvoerBouwer tijd(Boolean waarde) { tijd = waarde; return this; }
    public InvoerBouwer omvang(Integer waarde) { omvang = waarde; return this; }
    public InvoerBouwer maatschappelijkBelang(Integer waarde) { maatschappelijkBelang = waarde; return this; }
    public InvoerBouwer maatschappelijkeBijdrage(Integer waarde) { maatschappelijkeBijdrage = waarde; return this; }
    public InvoerBouwer hinderTijdens(Aspect aspect, Integer waarde) { hinderTijdens.put(aspect, waarde); return this; }
    public InvoerBouwer hinderNa(Aspect aspect, Integer waarde) { hinderNa.put(aspect, waarde); return this; }
    public InvoerBouwer doelen(DoelSamenwerking... waarden) { doelen.addAll(List.of(waarden)); return this; }
    public InvoerBouwer belanghebbende(Belanghebbende waarde) { belanghebbenden.add(waarde); return this; }
    public InvoerBouwer kaders(String waarde) { kaders = waarde; return this; }
    public InvoerBouwer gezamenlijkBelang(String waarde) { gezamenlijkBelang = waarde; return this; }
    public InvoerBouwer gemeenteBijdrageNodig(Boolean waarde) { gemeenteBijdrageNodig = waarde; return this; }
    public InvoerBouwer gemeenteMoetBeslissen(Boolean waarde) { gemeenteMoetBeslissen = waarde; return this; }
    public InvoerBouwer ondersteuningGevraagd(Ondersteuning waarde) { ondersteuningGevraagd = waarde; return this; }
    public InvoerBouwer pastBijAmbities(Boolean waarde) { pastBijAmbities = waarde; return this; }
    public InvoerBouwer schuurtMetDoelen(Boolean waarde) { schuurtMetDoelen = waarde; return this; }
    public InvoerBouwer middelenBeschikbaar(Boolean waarde) { middelenBeschikbaar = waarde; return this; }
    public InvoerBouwer verplichteParticipatie(String... codes) { verplichteParticipatie = List.of(codes); return this; }

    /** Initiatief uit de samenleving met de rolvraag beantwoord. */
    public InvoerBouwer samenleving(boolean bijdrageNodig) {
        initiatiefnemer = Initiatiefnemer.SAMENLEVING;
        gemeenteBijdrageNodig = bijdrageNodig;
        gemeenteMoetBeslissen = null;
        return this;
    }

    public BeoordelingInvoer bouw() {
        return new BeoordelingInvoer(doel, activiteit, initiatiefnemer, schaal, ruimte, belangen, tijd, omvang,
                maatschappelijkBelang, maatschappelijkeBijdrage, hinderTijdens, hinderNa, doelen, belanghebbenden,
                kaders, gezamenlijkBelang, gemeenteBijdrageNodig, gemeenteMoetBeslissen, ondersteuningGevraagd,
                pastBijAmbities, schuurtMetDoelen, middelenBeschikbaar, verplichteParticipatie);
    }
}
