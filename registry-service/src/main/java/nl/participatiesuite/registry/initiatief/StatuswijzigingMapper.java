package nl.participatiesuite.registry.initiatief;

import nl.participatiesuite.apirules.input.Tekst;

/** Request → the recorded step: why and by whom. From which status, to which, and when, the service sets. */
final class StatuswijzigingMapper {

    private StatuswijzigingMapper() {
    }

    static void apply(StatuswijzigingRequest request, InitiatiefStatuswijziging wijziging) {
        wijziging.reden = Tekst.normaliseer(request.reden());
        wijziging.actor = Tekst.normaliseer(request.actor());
    }
}
