package nl.participatiesuite.registry.signaleringsgroep;

import java.math.RoundingMode;

/** Request → the amount a gemeente set for a year; gemeente and jaar come from the path. */
final class SignaleringsvergoedingMapper {

    private SignaleringsvergoedingMapper() {
    }

    static void apply(SignaleringsvergoedingRequest request, Signaleringsvergoeding vergoeding) {
        vergoeding.bedrag = request.bedrag().setScale(2, RoundingMode.UNNECESSARY);
    }
}
