package nl.participatiesuite.assessment.engine;

/** Vertaalt een niveau naar de participatieladder van Buren; bij intensiteit LICHT gelden de afwijkingen. */
final class Ladder {

    private Ladder() {
    }

    static Ladderniveau trede(Niveau niveau, Intensiteit intensiteit, Regelset regelset) {
        if (bijLicht(niveau, intensiteit, regelset)) {
            return regelset.ladderBijLicht().get(niveau);
        }
        return regelset.ladder().get(niveau);
    }

    static Onderbouwing onderbouwing(Niveau niveau, Intensiteit intensiteit, Regelset regelset) {
        OnderbouwingCode code = bijLicht(niveau, intensiteit, regelset)
                ? OnderbouwingCode.LADDERNIVEAU_BIJ_LICHT
                : OnderbouwingCode.LADDERNIVEAU;
        return code.met(niveau, trede(niveau, intensiteit, regelset));
    }

    private static boolean bijLicht(Niveau niveau, Intensiteit intensiteit, Regelset regelset) {
        return intensiteit == Intensiteit.LICHT && regelset.ladderBijLicht().containsKey(niveau);
    }
}
