package nl.participatiesuite.registry.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md §5: the samenwerkingswijzer of an uitdaagrecht is overheidsparticipatie (initiatiefnemer SAMENLEVING) with
 * ondersteuningGevraagd MIDDELEN or MEDE_INITIATIEFNEMER.
 */
class UitdaagrechtSamenwerkingswijzerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            samenleving vraagt middelen                     | SAMENLEVING | MIDDELEN             | true
            samenleving vraagt de gemeente mee te doen      | SAMENLEVING | MEDE_INITIATIEFNEMER | true
            samenleving vraagt geen ondersteuning           | SAMENLEVING | GEEN                 | false
            samenleving, ondersteuning niet beantwoord      | SAMENLEVING | null                 | false
            de gemeente neemt het initiatief                | GEMEENTE    | MIDDELEN             | false
            de gemeente, zonder ondersteuningsvraag         | GEMEENTE    | null                 | false
            initiatiefnemer onbekend                        | null        | MIDDELEN             | false
            """)
    void eenUitdaagrechtIsOverheidsparticipatieMetOndersteuning(String regel, String initiatiefnemer,
            String ondersteuning, boolean past) {
        assertEquals(past, UitdaagrechtSamenwerkingswijzer.past(initiatiefnemer, ondersteuning), regel);
    }
}
