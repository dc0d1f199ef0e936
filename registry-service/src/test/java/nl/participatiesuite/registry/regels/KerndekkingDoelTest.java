package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md §1 kernambtenaar: every kern should have one; the goal: all kernen covered, at least the rule set's
 * minimum of kernambtenaren in all (Buren, the default: two).
 */
class KerndekkingDoelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alle kernen gedekt door twee kernambtenaren: doel bereikt    | 13 | 13 | 2 | 2 | true  | true  | true
            alle kernen gedekt door één kernambtenaar: te weinig         | 13 | 13 | 1 | 2 | true  | false | false
            één kern zonder kernambtenaar: niet alles gedekt             | 13 | 12 | 4 | 2 | false | true  | false
            niets gedekt en geen kernambtenaren                          |  3 |  0 | 0 | 2 | false | false | false
            geen kernen: niets ongedekt, maar zonder kernambtenaren geen doel |  0 |  0 | 0 | 2 | true  | false | false
            precies twee kernambtenaren is genoeg (grens)                |  1 |  1 | 2 | 2 | true  | true  | true
            een eigen minimum van drie: twee is te weinig                |  2 |  2 | 2 | 3 | true  | false | false
            een eigen minimum van één: één is genoeg                     |  1 |  1 | 1 | 1 | true  | true  | true
            minimum nul: alleen de dekking telt                          |  0 |  0 | 0 | 0 | true  | true  | true
            """)
    void alleKernenGedektEnMinimumAantalKernambtenaren(String regel, int kernen, int gedekt, long ambtenaren, int minimum,
            boolean alleGedekt, boolean minimumBereikt, boolean doelBereikt) {
        assertEquals(new KerndekkingDoel.Toetsing(alleGedekt, minimumBereikt, doelBereikt),
                KerndekkingDoel.toets(kernen, gedekt, ambtenaren, minimum), regel);
    }

    @ParameterizedTest(name = "{0} van {1} gedekt is onmogelijk")
    @CsvSource({"4, 3, 1", "-1, 0, 0", "0, 0, -1"})
    void eenOnmogelijkeTellingIsEenProgrammeerfout(int gedekt, int kernen, long ambtenaren) {
        assertThrows(IllegalArgumentException.class, () -> KerndekkingDoel.toets(kernen, gedekt, ambtenaren, 2));
    }
}
