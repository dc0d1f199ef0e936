package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md §1 Onkostenvergoeding: € 375 in base year 2020, for year Y 375 × Π(1 + cpi_t/100) for
 * t = 2021..Y, rounded to whole cents at the end (half up); a missing year is an error.
 */
class OnkostenvergoedingTest {

    private static final Onkostenvergoeding REGEL = new Onkostenvergoeding(2020, new BigDecimal("375.00"));

    /** cpi: the figures from 2021 on, separated by spaces. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            basisjaar 2020 is het basisbedrag                                   | 2020 | ''                 | 375.00
            één jaar: 375 × 1.027 = 385.125, half naar boven                     | 2021 | 2.7                | 385.13
            negatieve inflatie: 375 × 0.985 = 369.375, half naar boven           | 2021 | -1.5               | 369.38
            vier jaar met de hand: 375 × 1.027 × 1.100 × 1.038 × 1.033 = 454.247003925 | 2024 | 2.7 10.0 3.8 3.3 | 454.25
            pas aan het eind afronden: 375 × 1.027 × 1.040 = 400.530 (jaarlijks afronden gaf 400.54) | 2022 | 2.7 4.0 | 400.53
            net onder de helft rondt naar beneden: 375 × 1.027 × 1.001 = 385.510125 | 2022 | 2.7 0.1          | 385.51
            nul procent laat het bedrag gelijk                                   | 2021 | 0.0                | 375.00
            """)
    void bedragIsBasisbedragMaalCumulatieveInflatieAfgerondOpCenten(String regel, int jaar, String cpi, String verwacht) {
        assertEquals(new BigDecimal(verwacht), REGEL.voorJaar(jaar, cijfersVanaf2021(cpi)), regel);
    }

    @ParameterizedTest(name = "jaar {0}, cijfers voor {1}: ontbrekend {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2021 | ''             | 2021
            2024 | 2021 2023      | 2022 2024
            2023 | 2022           | 2021 2023
            """)
    void eenOntbrekendJaarIsEenFoutDieAlleOntbrekendeJarenNoemt(int jaar, String aanwezig, String ontbrekend) {
        Map<Integer, BigDecimal> cijfers = new HashMap<>();
        for (String t : aanwezig.isBlank() ? new String[0] : aanwezig.split(" ")) {
            cijfers.put(Integer.parseInt(t), new BigDecimal("2.0"));
        }
        Onkostenvergoeding.InflatiecijfersOntbreken fout = assertThrows(Onkostenvergoeding.InflatiecijfersOntbreken.class,
                () -> REGEL.voorJaar(jaar, cijfers));
        assertEquals(java.util.Arrays.stream(ontbrekend.split(" ")).map(Integer::valueOf).toList(), fout.jaren());
    }

    @ParameterizedTest(name = "jaar {0} ligt voor het basisjaar")
    @CsvSource({"2019", "2000"})
    void eenJaarVoorHetBasisjaarBestaatNiet(int jaar) {
        assertThrows(IllegalArgumentException.class, () -> REGEL.voorJaar(jaar, Map.of()));
    }

    @ParameterizedTest(name = "jaar {0} heeft cijfers nodig voor {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2020 | ''
            2021 | 2021
            2023 | 2021 2022 2023
            """)
    void benodigdeJarenZijnDeJarenNaHetBasisjaarTotEnMetHetJaar(int jaar, String verwacht) {
        List<Integer> jaren = verwacht.isBlank() ? List.of()
                : java.util.Arrays.stream(verwacht.split(" ")).map(Integer::valueOf).toList();
        assertEquals(jaren, REGEL.benodigdeJaren(jaar));
    }

    private static Map<Integer, BigDecimal> cijfersVanaf2021(String cpi) {
        Map<Integer, BigDecimal> cijfers = new HashMap<>();
        int jaar = 2021;
        for (String percentage : cpi.isBlank() ? new String[0] : cpi.split(" ")) {
            cijfers.put(jaar++, new BigDecimal(percentage));
        }
        return cijfers;
    }
}
