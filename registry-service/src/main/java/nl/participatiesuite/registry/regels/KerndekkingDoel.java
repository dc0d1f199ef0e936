package nl.participatiesuite.registry.regels;

/**
 * The goal for kernambtenaren (domain.md §1, kernambtenaar): every kern should have one, and the gemeente has at
 * least a minimum number of kernambtenaren in all (Buren: two; each gemeente sets its own in its rule set,
 * {@link Verordeningsregels#minimaalAantalKernambtenaren()}). A gemeente without kernen has no kern without a
 * kernambtenaar, but without enough kernambtenaren it has not reached the goal either.
 */
public final class KerndekkingDoel {

    private KerndekkingDoel() {
    }

    public record Toetsing(boolean alleKernenGedekt, boolean minimumKernambtenarenBereikt, boolean doelBereikt) {
    }

    public static Toetsing toets(int aantalKernen, int aantalKernenMetKernambtenaar, long aantalKernambtenaren,
            int minimaalAantalKernambtenaren) {
        if (aantalKernen < 0 || aantalKernenMetKernambtenaar < 0 || aantalKernambtenaren < 0
                || aantalKernenMetKernambtenaar > aantalKernen) {
            throw new IllegalArgumentException("Onmogelijke telling: " + aantalKernenMetKernambtenaar + " van "
                    + aantalKernen + " kernen gedekt, " + aantalKernambtenaren + " kernambtenaren.");
        }
        boolean alleKernenGedekt = aantalKernenMetKernambtenaar == aantalKernen;
        boolean minimum = aantalKernambtenaren >= minimaalAantalKernambtenaren;
        return new Toetsing(alleKernenGedekt, minimum, alleKernenGedekt && minimum);
    }
}
