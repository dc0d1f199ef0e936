package nl.participatiesuite.registry.initiatief;

import nl.participatiesuite.apirules.input.Tekst;

/**
 * Request → the recorded step: why. From which status, to which, when and by whom (the caller's token, never the
 * body) the service sets.
 */
final class StatuswijzigingMapper {

    private StatuswijzigingMapper() {
    }

    static void apply(StatuswijzigingRequest request, InitiatiefStatuswijziging wijziging) {
        wijziging.reden = Tekst.normaliseer(request.reden());
    }
}
