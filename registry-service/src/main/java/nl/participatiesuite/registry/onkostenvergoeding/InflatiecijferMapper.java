package nl.participatiesuite.registry.onkostenvergoeding;

import java.math.RoundingMode;

/** Request → the CPI of a year; the year comes from the path. */
final class InflatiecijferMapper {

    private InflatiecijferMapper() {
    }

    static void apply(InflatiecijferRequest request, Inflatiecijfer cijfer) {
        cijfer.cpiPercentage = request.cpiPercentage().setScale(1, RoundingMode.UNNECESSARY);
    }
}
