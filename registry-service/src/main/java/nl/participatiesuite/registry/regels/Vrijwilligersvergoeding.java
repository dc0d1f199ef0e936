package nl.participatiesuite.registry.regels;

import java.math.BigDecimal;

/**
 * Yearly volunteer allowance (domain.md §1, signaleringsgroep / whatsapp-coördinator): a
 * signaleringsgroep receives the yearly amount its gemeente set for signaleringsgroepen, and the
 * whatsapp-coördinator a volunteer allowance equal to a signaleringsgroep's (Buren 3.2.3).
 */
public final class Vrijwilligersvergoeding {

    private Vrijwilligersvergoeding() {
    }

    public record Toekenning(BigDecimal bedrag, String onderbouwing) {
    }

    public static Toekenning voor(Soort soort, int jaar, BigDecimal signaleringsgroepBedrag) {
        if (signaleringsgroepBedrag == null) {
            throw new IllegalArgumentException("Zonder vastgestelde signaleringsvergoeding is er geen vergoeding.");
        }
        String onderbouwing = switch (soort) {
            case SIGNALERINGSGROEP -> "De onkostenvergoeding die de gemeente voor " + jaar
                    + " voor een signaleringsgroep heeft vastgesteld.";
            case WHATSAPP_COORDINATOR -> "Een whatsapp-coördinator ontvangt een jaarlijkse vrijwilligersvergoeding gelijk aan "
                    + "de onkostenvergoeding voor een signaleringsgroep in " + jaar + ".";
        };
        return new Toekenning(signaleringsgroepBedrag, onderbouwing);
    }
}
