package nl.participatiesuite.registry.regels;

/**
 * Buren's goal for kernambtenaren (domain.md §1, kernambtenaar): every kern should have one, and
 * the gemeente has at least two kernambtenaren in all. A gemeente without kernen has no kern
 * without a kernambtenaar, but without kernambtenaren it has not reached the goal either.
 */
public final class KerndekkingDoel {

    /** "at least two kernambtenaren in all" */
    public static final int MINIMAAL_AANTAL_KERNAMBTENAREN = 2;

    private KerndekkingDoel() {
    }

    public record Toetsing(boolean alleKernenGedekt, boolean minimaalTweeKernambtenaren, boolean doelBereikt) {
    }

    public static Toetsing toets(int aantalKernen, int aantalKernenMetKernambtenaar, long aantalKernambtenaren) {
        if (aantalKernen < 0 || aantalKernenMetKernambtenaar < 0 || aantalKernambtenaren < 0
                || aantalKernenMetKernambtenaar > aantalKernen) {
            throw new IllegalArgumentException("Onmogelijke telling: " + aantalKernenMetKernambtenaar + " van "
                    + aantalKernen + " kernen gedekt, " + aantalKernambtenaren + " kernambtenaren.");
        }
        boolean alleKernenGedekt = aantalKernenMetKernambtenaar == aantalKernen;
        boolean minimaalTwee = aantalKernambtenaren >= MINIMAAL_AANTAL_KERNAMBTENAREN;
        return new Toetsing(alleKernenGedekt, minimaalTwee, alleKernenGedekt && minimaalTwee);
    }
}
