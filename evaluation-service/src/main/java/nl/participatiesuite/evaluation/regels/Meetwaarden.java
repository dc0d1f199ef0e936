package nl.participatiesuite.evaluation.regels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranges of a measurement or target (domain.md §3: "a measurement outside 0..100 % (or a grade
 * outside 1..10) is refused"). Checked here rather than with Bean Validation because the range depends
 * on the stelling's eenheid, and every invalid field must be reported in one answer.
 */
public final class Meetwaarden {

    public static final int EERSTE_JAAR = 1990;
    public static final int LAATSTE_JAAR = 2100;

    private Meetwaarden() {
    }

    public static List<Overtreding> controleer(Eenheid eenheid, Integer jaar, BigDecimal waarde, BigDecimal benchmark) {
        List<Overtreding> overtredingen = new ArrayList<>();
        if (jaar == null) {
            overtredingen.add(new Overtreding("jaar", "required", "jaar is verplicht."));
        } else if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
            overtredingen.add(new Overtreding("jaar", jaar < EERSTE_JAAR ? "min" : "max",
                    "jaar ligt tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR + "."));
        }
        if (waarde == null) {
            overtredingen.add(new Overtreding("waarde", "required", "waarde is verplicht."));
        } else {
            waarde("waarde", eenheid, waarde, overtredingen);
        }
        if (benchmark != null) {
            waarde("benchmark", eenheid, benchmark, overtredingen);
        }
        return overtredingen;
    }

    private static void waarde(String veld, Eenheid eenheid, BigDecimal waarde, List<Overtreding> overtredingen) {
        String code = eenheid.overtreding(waarde);
        if (code != null) {
            overtredingen.add(new Overtreding(veld, code, veld + " is " + eenheid.bereik() + "."));
        }
    }
}
