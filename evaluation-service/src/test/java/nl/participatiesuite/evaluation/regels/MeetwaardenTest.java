package nl.participatiesuite.evaluation.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain.md §3: "a measurement outside 0..100 % (or a grade outside 1..10) is refused". */
class MeetwaardenTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "PERCENTAGE,    0,     true",
            "PERCENTAGE,    100,   true",
            "PERCENTAGE,    100.0, true",
            "PERCENTAGE,    16.5,  true",
            "PERCENTAGE,    16.50, true",
            "PERCENTAGE,    -0.1,  false",
            "PERCENTAGE,    100.1, false",
            "PERCENTAGE,    16.05, false",
            "RAPPORTCIJFER, 1,     true",
            "RAPPORTCIJFER, 10.0,  true",
            "RAPPORTCIJFER, 6.0,   true",
            "RAPPORTCIJFER, 0.9,   false",
            "RAPPORTCIJFER, 10.1,  false",
            "RAPPORTCIJFER, 6.05,  false"})
    void rangeIsInclusiveWithAtMostOneDecimal(Eenheid eenheid, String waarde, boolean toegestaan) {
        assertEquals(toegestaan, eenheid.toegestaan(new BigDecimal(waarde)));
    }

    @ParameterizedTest(name = "jaar {0} -> {1}")
    @CsvSource(nullValues = "null", value = {"1990, null", "2100, null", "1989, min", "2101, max", "null, required"})
    void yearLiesBetween1990And2100(Integer jaar, String code) {
        List<Overtreding> overtredingen = Meetwaarden.controleer(Eenheid.PERCENTAGE, jaar, BigDecimal.TEN, null);
        assertEquals(code == null ? List.of() : List.of(code), overtredingen.stream().map(Overtreding::code).toList());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        List<Overtreding> overtredingen = Meetwaarden.controleer(Eenheid.RAPPORTCIJFER, 1900, new BigDecimal("11"),
                new BigDecimal("0.5"));
        assertEquals(List.of("jaar", "waarde", "benchmark"), overtredingen.stream().map(Overtreding::veld).toList());
    }

    @Test
    void waardeIsRequired() {
        assertEquals(List.of(new Overtreding("waarde", "required", "waarde is verplicht.")),
                Meetwaarden.controleer(Eenheid.PERCENTAGE, 2019, null, null));
    }
}
