package nl.participatiesuite.evaluation.regels;

/**
 * Rule "geplandNiveau vs gerealiseerdNiveau" (domain.md §3): the promise is kept when the realised
 * level is at least the planned level on the ladder (gerealiseerd ≥ gepland).
 */
public final class Participatiebelofte {

    private Participatiebelofte() {
    }

    public static Belofteoordeel toets(GeplandNiveauBron bron, Ladderniveau gepland, Ladderniveau gerealiseerd) {
        if (gepland == null) {
            String reden = bron == GeplandNiveauBron.ASSESSMENT_ONBEREIKBAAR
                    ? "Assessment onbereikbaar: het geplande niveau kon niet worden opgehaald. Sla de evaluatie later"
                            + " opnieuw op om de participatiebelofte te toetsen."
                    : "Geen beoordeling: het initiatief heeft geen beoordeling in de samenwerkingswijzer, dus er is geen"
                            + " gepland niveau om het gerealiseerde niveau aan te toetsen.";
            return new Belofteoordeel(null, gerealiseerd, bron, null, null, reden);
        }
        int verschil = gerealiseerd.trede() - gepland.trede();
        return new Belofteoordeel(gepland, gerealiseerd, bron, verschil >= 0, verschil, toelichting(gepland, gerealiseerd, verschil));
    }

    private static String toelichting(Ladderniveau gepland, Ladderniveau gerealiseerd, int verschil) {
        if (verschil == 0) {
            return "Gepland en gerealiseerd: " + gepland + ". De participatiebelofte is nagekomen.";
        }
        String treden = Math.abs(verschil) + (Math.abs(verschil) == 1 ? " trede" : " treden");
        if (verschil > 0) {
            return "Gepland was " + gepland + ", gerealiseerd " + gerealiseerd + " (" + treden
                    + " hoger): de participatiebelofte is nagekomen en overtroffen.";
        }
        return "Gepland was " + gepland + ", gerealiseerd " + gerealiseerd + " (" + treden
                + " lager): de participatiebelofte is niet nagekomen. Leg de deelnemers uit waarom hun inbreng"
                + " minder gewicht kreeg dan beloofd.";
    }
}
