package nl.participatiesuite.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in refusal messages ("beschikbaar nog € 200,00") are written the Dutch way. */
class EuroTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0          | € 0,00
            0.5        | € 0,50
            1250.00    | € 1.250,00
            5000       | € 5.000,00
            1234567.89 | € 1.234.567,89
            """)
    void amountsInMessagesAreWrittenTheDutchWay(String bedrag, String tekst) {
        assertEquals(tekst, Euro.format(new BigDecimal(bedrag)));
    }
}
