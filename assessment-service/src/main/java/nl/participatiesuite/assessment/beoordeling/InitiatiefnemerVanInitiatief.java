package nl.participatiesuite.assessment.beoordeling;

import nl.participatiesuite.assessment.engine.Initiatiefnemer;

/**
 * Who takes the plan, in the samenwerkingswijzer's two kinds, for an initiatief of the registry-service (issue 13):
 * the gemeente's own initiatief is GEMEENTE; an inwoner, ondernemer or organisatie is the samenleving. The registry
 * distinguishes more because it keeps who to contact; the samenwerkingswijzer only asks whose plan it is.
 */
final class InitiatiefnemerVanInitiatief {

    private InitiatiefnemerVanInitiatief() {
    }

    /**
     * @param registryType the registry's initiatiefnemer.type
     * @return empty for a type the registry's contract does not list (yet): the beoordeling then asks for it
     */
    static Initiatiefnemer van(String registryType) {
        if (registryType == null) {
            return null;
        }
        return switch (registryType) {
            case "GEMEENTE" -> Initiatiefnemer.GEMEENTE;
            case "INWONER", "ONDERNEMER", "ORGANISATIE" -> Initiatiefnemer.SAMENLEVING;
            default -> null;
        };
    }
}
