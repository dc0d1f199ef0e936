package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain.md §1 dorpsbelangenorganisatie: convenant {getekendOp, evaluatieUiterlijk}. */
class ConvenantStatusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            zonder convenant                                 | -          | -          | 2024-06-01 | GEEN
            getekend, evaluatie nog niet aan de beurt       | 2021-03-01 | 2025-03-01 | 2024-06-01 | LOPEND
            op de uiterste evaluatiedatum zelf nog lopend    | 2021-03-01 | 2024-06-01 | 2024-06-01 | LOPEND
            de dag na de uiterste evaluatiedatum verlopen    | 2021-03-01 | 2024-05-31 | 2024-06-01 | EVALUATIE_VERLOPEN
            Buren: evalueren uiterlijk begin 2021, nu 2024   | 2017-01-01 | 2021-03-31 | 2024-06-01 | EVALUATIE_VERLOPEN
            """)
    void convenantStatusTegenVandaag(String regel, LocalDate getekendOp, LocalDate evaluatieUiterlijk, LocalDate vandaag,
            ConvenantStatus verwacht) {
        assertEquals(verwacht, ConvenantStatus.op(getekendOp, evaluatieUiterlijk, vandaag), regel);
    }
}
