package nl.participatiesuite.assessment.engine;

/**
 * behoefte = weging + opslag bij negatieve gevolgen + opslag als het plan niet bij het belang past, en het
 * niveau dat bij die behoefte hoort (vóór de maxima).
 */
record Behoefte(int waarde, Niveau niveau, Onderbouwing onderbouwing) {

    static Behoefte van(Belanghebbende belanghebbende, Regelset.BehoefteRegels regels) {
        int gevolgen = belanghebbende.gevolgen() == Gevolgen.NEGATIEF ? regels.opslagNegatieveGevolgen() : 0;
        boolean past = belanghebbende.pastBijBelang();
        int belang = past ? 0 : regels.opslagPastNietBijBelang();
        int waarde = belanghebbende.weging() + gevolgen + belang;
        Niveau niveau = niveau(waarde, regels);
        Onderbouwing onderbouwing = OnderbouwingCode.BEHOEFTE.met(belanghebbende.weging(), gevolgen,
                belanghebbende.gevolgen(), belang, past ? "past bij belang" : "past niet bij belang", waarde, niveau);
        return new Behoefte(waarde, niveau, onderbouwing);
    }

    static Niveau niveau(int behoefte, Regelset.BehoefteRegels regels) {
        if (behoefte >= regels.meebeslissenVanaf()) {
            return Niveau.MEEBESLISSEN;
        }
        if (behoefte >= regels.meedoenVanaf()) {
            return Niveau.MEEDOEN;
        }
        if (behoefte >= regels.meedenkenVanaf()) {
            return Niveau.MEEDENKEN;
        }
        return Niveau.MEEWETEN;
    }
}
