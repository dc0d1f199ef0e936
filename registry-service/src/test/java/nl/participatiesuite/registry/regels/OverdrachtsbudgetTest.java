package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md §5 "Overeenkomst": the transferred budget is never more than the task's current yearly cost unless the
 * gemeente says why; with the cost unknown, any budget needs the reason.
 */
class OverdrachtsbudgetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            lager dan de huidige kosten                 | 15000.00 | 18000.00 | false
            precies de huidige kosten (grens)           | 18000.00 | 18000.00 | false
            één cent meer dan de huidige kosten         | 18000.01 | 18000.00 | true
            kosten onbekend: motivering nodig           | 100.00   | null     | true
            geen budget: niets te motiveren             | 0.00     | null     | false
            geen budget bij bekende kosten              | 0        | 500.00   | false
            """)
    void meerDanDeHuidigeJaarkostenVraagtEenMotivering(String regel, BigDecimal overgedragen, BigDecimal kosten,
            boolean vereist) {
        assertEquals(vereist, Overdrachtsbudget.vereistMotivering(overgedragen, kosten), regel);
    }
}
