package nl.participatiesuite.evaluation.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * De korte participatieparagraaf die een initiatiefnemer bij een aanvraag omgevingsvergunning voegt (domain.md §6;
 * Omgevingsregeling art. 7.4): heeft participatie plaatsgevonden, zo ja hoe, en met welk resultaat.
 *
 * <p>Participatie heeft plaatsgevonden als betrokkenen inbreng konden leveren: een gerealiseerd niveau boven
 * INFORMEREN op de ladder. Alleen informeren is communicatie, geen participatie — ook als er werkvormen voor gebruikt
 * zijn. De paragraaf noemt dan wel hoe er geïnformeerd is.
 *
 * @param participatie ja/nee
 * @param hoe          niveau, werkvormen en terugkoppeling in één zin
 * @param resultaat    de doelen en het oordeel van de deelnemers in één zin
 */
public record Participatieparagraaf(boolean participatie, String hoe, String resultaat) {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    /**
     * @param gerealiseerd  het gerealiseerde niveau op de ladder
     * @param werkvormen    de gebruikte werkvormen, in de volgorde van het verslag
     * @param teruggekoppeld of er is teruggekoppeld; leeg als het verslag het niet zegt
     * @param hoeTeruggekoppeld hoe, als er is teruggekoppeld
     * @param behaald       aantal doelen BEHAALD
     * @param deels         aantal doelen DEELS
     * @param nietBehaald   aantal doelen NIET_BEHAALD
     * @param scores        de rapportcijfers (1..10) van de deelnemersgroepen
     */
    public static Participatieparagraaf van(Ladderniveau gerealiseerd, List<String> werkvormen, Boolean teruggekoppeld,
            String hoeTeruggekoppeld, int behaald, int deels, int nietBehaald, List<Integer> scores) {
        boolean participatie = gerealiseerd != Ladderniveau.INFORMEREN;
        StringBuilder hoe = new StringBuilder(participatie
                ? "Betrokkenen leverden inbreng op het niveau " + gerealiseerd + " van de participatieladder"
                : "Er is alleen geïnformeerd (INFORMEREN op de participatieladder); betrokkenen konden geen inbreng leveren");
        hoe.append(werkvormen.isEmpty() ? ", zonder vastgelegde werkvormen" : ", met " + String.join(", ", werkvormen));
        if (Boolean.TRUE.equals(teruggekoppeld)) {
            hoe.append(". Deelnemers hoorden wat er met hun inbreng gedaan is");
            if (hoeTeruggekoppeld != null) {
                hoe.append(" (").append(hoeTeruggekoppeld).append(')');
            }
        } else if (Boolean.FALSE.equals(teruggekoppeld)) {
            hoe.append(". Er is niet teruggekoppeld aan de deelnemers");
        }
        hoe.append('.');
        return new Participatieparagraaf(participatie, hoe.toString(), resultaat(behaald, deels, nietBehaald, scores));
    }

    private static String resultaat(int behaald, int deels, int nietBehaald, List<Integer> scores) {
        int doelen = behaald + deels + nietBehaald;
        List<String> delen = new ArrayList<>();
        if (doelen == 0) {
            delen.add("Het verslag noemt geen doelen");
        } else {
            delen.add(String.format(NL, "Van de %d %s %s behaald, %d deels en %d niet", doelen,
                    doelen == 1 ? "doel is er" : "doelen zijn er", behaald, deels, nietBehaald));
        }
        if (scores.isEmpty()) {
            delen.add("de deelnemers gaven geen oordeel");
        } else {
            double gemiddelde = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
            delen.add(String.format(NL, "de deelnemers gaven gemiddeld een %.1f (%d %s)", gemiddelde, scores.size(),
                    scores.size() == 1 ? "groep" : "groepen"));
        }
        return String.join("; ", delen) + ".";
    }
}
