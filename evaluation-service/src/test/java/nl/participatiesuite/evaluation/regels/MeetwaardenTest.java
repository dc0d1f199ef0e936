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
    @CsvSource(nullValues = "null", value = {
            "PERCENTAGE,    0,     null",
            "PERCENTAGE,    100,   null",
            "PERCENTAGE,    100.0, null",
            "PERCENTAGE,    16.5,  null",
            "PERCENTAGE,    16.50, null",
            "PERCENTAGE,    -0.1,  min",
            "PERCENTAGE,    100.1, max",
            "PERCENTAGE,    16.05, format",
            "RAPPORTCIJFER, 1,     null",
            "RAPPORTCIJFER, 10.0,  null",
            "RAPPORTCIJFER, 6.0,   null",
            "RAPPORTCIJFER, 0.9,   min",
            "RAPPORTCIJFER, 10.1,  max",
            "RAPPORTCIJFER, 6.05,  format"})
    void rangeIsInclusiveWithAtMostOneDecimal(Eenheid eenheid, String waarde, String code) {
        assertEquals(code, eenheid.overtreding(new BigDecimal(waarde)));
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
