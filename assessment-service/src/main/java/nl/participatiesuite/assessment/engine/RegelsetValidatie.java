package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Controleert een gepubliceerde regelset op volledigheid en samenhang: grenzen binnen de schaal en in
 * de goede volgorde, maxima die niet dalen bij zwaardere intensiteit, een ladder die niet daalt bij een
 * hoger niveau, en een volledig gevulde werkvormenmatrix. Alle overtredingen komen tegelijk terug.
 */
final class RegelsetValidatie {

    private RegelsetValidatie() {
    }

    static List<Overtreding> valideer(Regelset regelset) {
        List<Overtreding> uit = new ArrayList<>();
        if (regelset.versie() == null || regelset.versie().isBlank()) {
            uit.add(Overtreding.verplicht("versie"));
        }
        intensiteit(uit, regelset.intensiteit());
        samenwerkingsplan(uit, regelset.samenwerkingsplan());
        schaalgrens(uit, "bredereGroepVanaf", regelset.bredereGroepVanaf());
        behoefte(uit, regelset.behoefte());
        maxima(uit, regelset.maximumPerIntensiteit());
        if (regelset.maximumBijBeslisser() == null) {
            uit.add(Overtreding.verplicht("maximumBijBeslisser"));
        }
        ladder(uit, regelset.ladder(), regelset.ladderBijLicht());
        startnotitie(uit, regelset.startnotitie());
        schaalgrens(uit, "belangenanalyseHinderVanaf", regelset.belangenanalyseHinderVanaf());
        for (Niveau niveau : Niveau.values()) {
            String tekst = regelset.inbrengGebruik().get(niveau);
            if (tekst == null || tekst.isBlank()) {
                uit.add(Overtreding.verplicht("inbrengGebruik." + niveau.name()));
            }
        }
        werkvormen(uit, regelset.werkvormen());
        verplichteParticipatie(uit, regelset.verplichteParticipatie());
        return List.copyOf(uit);
    }

    private static void intensiteit(List<Overtreding> uit, Regelset.IntensiteitGrenzen grenzen) {
        if (grenzen == null) {
            uit.add(Overtreding.verplicht("intensiteit"));
            return;
        }
        boolean licht = schaalgrens(uit, "intensiteit.lichtTotEnMet", grenzen.lichtTotEnMet());
        boolean zwaar = schaalgrens(uit, "intensiteit.zwaarVanaf", grenzen.zwaarVanaf());
        if (licht && zwaar && grenzen.zwaarVanaf() <= grenzen.lichtTotEnMet()) {
            uit.add(new Overtreding("intensiteit.zwaarVanaf", Overtreding.ONSAMENHANGEND,
                    "De grens voor ZWAAR moet hoger liggen dan de bovengrens van LICHT."));
        }
    }

    private static void samenwerkingsplan(List<Overtreding> uit, Regelset.SamenwerkingsplanGrenzen grenzen) {
        if (grenzen == null) {
            uit.add(Overtreding.verplicht("samenwerkingsplan"));
            return;
        }
        schaalgrens(uit, "samenwerkingsplan.beladenVanaf", grenzen.beladenVanaf());
        schaalgrens(uit, "samenwerkingsplan.hinderVanaf", grenzen.hinderVanaf());
    }

    private static void behoefte(List<Overtreding> uit, Regelset.BehoefteRegels regels) {
        if (regels == null) {
            uit.add(Overtreding.verplicht("behoefte"));
            return;
        }
        getal(uit, "behoefte.opslagNegatieveGevolgen", regels.opslagNegatieveGevolgen(), 0);
        getal(uit, "behoefte.opslagPastNietBijBelang", regels.opslagPastNietBijBelang(), 0);
        boolean denken = getal(uit, "behoefte.meedenkenVanaf", regels.meedenkenVanaf(), 1);
        boolean doen = getal(uit, "behoefte.meedoenVanaf", regels.meedoenVanaf(), 1);
        boolean beslissen = getal(uit, "behoefte.meebeslissenVanaf", regels.meebeslissenVanaf(), 1);
        if (denken && doen && regels.meedoenVanaf() <= regels.meedenkenVanaf()) {
            uit.add(new Overtreding("behoefte.meedoenVanaf", Overtreding.ONSAMENHANGEND,
                    "De grens voor MEEDOEN moet hoger liggen dan die voor MEEDENKEN."));
        }
        if (doen && beslissen && regels.meebeslissenVanaf() <= regels.meedoenVanaf()) {
            uit.add(new Overtreding("behoefte.meebeslissenVanaf", Overtreding.ONSAMENHANGEND,
                    "De grens voor MEEBESLISSEN moet hoger liggen dan die voor MEEDOEN."));
        }
    }

    private static void maxima(List<Overtreding> uit, Map<Intensiteit, Niveau> maxima) {
        if (maxima.containsKey(Intensiteit.GEEN)) {
            // Stap 1 negatief betekent altijd MEEWETEN: dat is de betekenis van stap 1, geen maatwerk.
            uit.add(new Overtreding("maximumPerIntensiteit.GEEN", Overtreding.NIET_TOEGESTAAN,
                    "Bij intensiteit GEEN (stap 1 negatief) geldt altijd MEEWETEN; dit is niet in te stellen."));
        }
        Niveau vorige = null;
        Intensiteit vorigeIntensiteit = null;
        for (Intensiteit intensiteit : List.of(Intensiteit.LICHT, Intensiteit.MIDDEL, Intensiteit.ZWAAR)) {
            String pad = "maximumPerIntensiteit." + intensiteit.name();
            if (maxima.containsKey(intensiteit) && maxima.get(intensiteit) == null) {
                uit.add(Overtreding.verplicht(pad));
                continue;
            }
            Niveau maximum = maxima.getOrDefault(intensiteit, Niveau.MEEBESLISSEN);
            if (vorige != null && maximum.compareTo(vorige) < 0) {
                uit.add(new Overtreding(pad, Overtreding.ONSAMENHANGEND,
                        "Het maximum mag niet lager zijn dan bij de lichtere intensiteit " + vorigeIntensiteit + "."));
            }
            vorige = maximum;
            vorigeIntensiteit = intensiteit;
        }
    }

    private static void ladder(List<Overtreding> uit, Map<Niveau, Ladderniveau> ladder,
                               Map<Niveau, Ladderniveau> ladderBijLicht) {
        for (Niveau niveau : Niveau.values()) {
            if (ladder.get(niveau) == null) {
                uit.add(Overtreding.verplicht("ladder." + niveau.name()));
            }
            if (ladderBijLicht.containsKey(niveau) && ladderBijLicht.get(niveau) == null) {
                uit.add(Overtreding.verplicht("ladderBijLicht." + niveau.name()));
            }
        }
        nietDalend(uit, "ladder", ladder);
        Map<Niveau, Ladderniveau> licht = new EnumMap<>(Niveau.class);
        licht.putAll(ladder);
        ladderBijLicht.forEach((niveau, trede) -> {
            if (trede != null) {
                licht.put(niveau, trede);
            }
        });
        nietDalend(uit, "ladderBijLicht", licht);
    }

    private static void nietDalend(List<Overtreding> uit, String veld, Map<Niveau, Ladderniveau> ladder) {
        Ladderniveau vorige = null;
        for (Niveau niveau : Niveau.values()) {
            Ladderniveau trede = ladder.get(niveau);
            if (trede == null) {
                continue;
            }
            if (vorige != null && trede.compareTo(vorige) < 0) {
                uit.add(new Overtreding(veld + "." + niveau.name(), Overtreding.ONSAMENHANGEND,
                        "Een hoger niveau mag niet op een lagere trede van de ladder komen."));
            }
            vorige = trede;
        }
    }

    private static void startnotitie(List<Overtreding> uit, Regelset.StartnotitieGrenzen grenzen) {
        if (grenzen == null) {
            uit.add(Overtreding.verplicht("startnotitie"));
            return;
        }
        if (grenzen.intensiteitVanaf() == null) {
            uit.add(Overtreding.verplicht("startnotitie.intensiteitVanaf"));
        } else if (grenzen.intensiteitVanaf() == Intensiteit.GEEN) {
            uit.add(new Overtreding("startnotitie.intensiteitVanaf", Overtreding.NIET_TOEGESTAAN,
                    "Kies LICHT, MIDDEL of ZWAAR; GEEN zou elk plan een startnotitie geven."));
        }
        schaalgrens(uit, "startnotitie.maatschappelijkBelangVanaf", grenzen.maatschappelijkBelangVanaf());
    }

    private static void werkvormen(List<Overtreding> uit, Map<Niveau, Map<Schaal, List<String>>> matrix) {
        for (Niveau niveau : Niveau.values()) {
            Map<Schaal, List<String>> rij = matrix.getOrDefault(niveau, Map.of());
            for (Schaal schaal : Schaal.values()) {
                List<String> cel = rij.get(schaal);
                if (cel == null || cel.isEmpty()) {
                    uit.add(Overtreding.verplicht(werkvormpad(niveau, schaal)));
                    continue;
                }
                Set<String> gezien = new HashSet<>();
                for (int i = 0; i < cel.size(); i++) {
                    String werkvorm = cel.get(i);
                    if (werkvorm == null || werkvorm.isBlank()) {
                        uit.add(Overtreding.verplicht(werkvormpad(niveau, schaal) + "[" + i + "]"));
                    } else if (!gezien.add(WerkvormNaam.sleutel(werkvorm))) {
                        uit.add(new Overtreding(werkvormpad(niveau, schaal) + "[" + i + "]", Overtreding.DUBBEL,
                                "Deze werkvorm staat al eerder in dezelfde cel."));
                    }
                }
            }
        }
    }

    /** Built only for a violation: the engine checks its rule set with every computation. */
    private static String werkvormpad(Niveau niveau, Schaal schaal) {
        return "werkvormen." + niveau.name() + "." + schaal.name();
    }

    private static boolean schaalgrens(List<Overtreding> uit, String pad, Integer waarde) {
        if (waarde == null) {
            uit.add(Overtreding.verplicht(pad));
            return false;
        }
        int voor = uit.size();
        InvoerValidatie.bereik(uit, pad, waarde, Schaalwaarde.MINIMUM, Schaalwaarde.MAXIMUM);
        return uit.size() == voor;
    }

    private static boolean getal(List<Overtreding> uit, String pad, Integer waarde, int minimum) {
        if (waarde == null) {
            uit.add(Overtreding.verplicht(pad));
            return false;
        }
        if (waarde < minimum) {
            uit.add(Overtreding.minimaal(pad, minimum));
            return false;
        }
        return true;
    }

    private static void verplichteParticipatie(List<Overtreding> uit, List<VerplichtGeval> gevallen) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < gevallen.size(); i++) {
            String pad = "verplichteParticipatie[" + i + "]";
            VerplichtGeval geval = gevallen.get(i);
            if (geval == null) {
                uit.add(Overtreding.verplicht(pad));
                continue;
            }
            if (geval.code() == null || geval.code().isBlank()) {
                uit.add(Overtreding.verplicht(pad + ".code"));
            } else if (!codes.add(geval.code())) {
                uit.add(new Overtreding(pad + ".code", Overtreding.DUBBEL, "Deze code staat al eerder in de lijst."));
            }
            if (geval.omschrijving() == null || geval.omschrijving().isBlank()) {
                uit.add(Overtreding.verplicht(pad + ".omschrijving"));
            }
            if (geval.besluit() == null || geval.besluit().isBlank()) {
                uit.add(Overtreding.verplicht(pad + ".besluit"));
            }
            if (geval.besluitdatum() == null) {
                uit.add(Overtreding.verplicht(pad + ".besluitdatum"));
            }
        }
    }
}
