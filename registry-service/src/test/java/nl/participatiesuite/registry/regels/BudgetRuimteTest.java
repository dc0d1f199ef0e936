package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md §1: "granted total may never exceed the budget" (leefbaarheidsbudget) and "at most
 * € 5.000 per gemeente per calendar year" (incidentele ondersteuning) — the same arithmetic.
 */
class BudgetRuimteTest {

    @ParameterizedTest(name = "{3}: totaal {0}, toegekend {1}, nieuw {2} → past {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1000.00 |    0.00 | 1000.00 | exactly the whole budget at once is allowed       | true
            1000.00 |    0.00 | 1000.01 | one cent over the whole budget is refused         | false
            1000.00 |  600.00 |  400.00 | exactly at the limit is allowed                   | true
            1000.00 |  600.00 |  400.01 | one cent over the limit is refused                | false
            1000.00 | 1000.00 |    0.01 | a spent budget refuses even one cent              | false
            1000.00 |  999.99 |    0.01 | the last cent still fits                          | true
            5000.00 | 4250.00 |  750.00 | jaarplafond € 5.000: exactly at the plafond       | true
            5000.00 | 4250.00 |  750.01 | jaarplafond € 5.000: one cent over the plafond    | false
            5000.00 |    0.00 | 5000.01 | jaarplafond € 5.000: one grant above the plafond  | false
               0.00 |    0.00 |    0.01 | a budget of zero grants nothing                   | false
            """)
    void aGrantFitsOnlyWithinWhatIsLeft(String totaal, String toegekend, String bedrag, String regel, boolean past) {
        assertEquals(past, new BudgetRuimte(new BigDecimal(totaal), new BigDecimal(toegekend)).past(new BigDecimal(bedrag)),
                regel);
    }

    @ParameterizedTest(name = "{3}: totaal {0}, toegekend {1} → beschikbaar {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1000.00 |    0.00 | 1000.00 | nothing granted: the whole budget is available
            1000.00 |  250.50 |  749.50 | beschikbaar is totaal minus toegekend
            1000.00 | 1000.00 |    0.00 | a spent budget has nothing available
            5000.00 | 5200.00 |    0.00 | a plafond lowered below the granted total leaves nothing, never a negative amount
            """)
    void beschikbaarIsWhatIsLeftInWholeCents(String totaal, String toegekend, String beschikbaar, String regel) {
        assertEquals(new BigDecimal(beschikbaar),
                new BudgetRuimte(new BigDecimal(totaal), new BigDecimal(toegekend)).beschikbaar(), regel);
    }

    @ParameterizedTest(name = "{3}: toegekend {0}, nieuw totaal {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            600.00 | 600.00 | true  | lowering the budget to exactly what was granted is allowed
            600.00 | 599.99 | false | lowering the budget one cent below what was granted is refused
            600.00 | 800.00 | true  | raising the budget is always allowed
              0.00 |   0.00 | true  | a budget without grants may go to zero
            """)
    void theBudgetIsNeverLoweredBelowWhatWasGranted(String toegekend, String nieuwTotaal, boolean mag, String regel) {
        BudgetRuimte ruimte = new BudgetRuimte(new BigDecimal("1000.00"), new BigDecimal(toegekend));
        assertEquals(mag, ruimte.kanVerlagenTot(new BigDecimal(nieuwTotaal)), regel);
    }
}
