package nl.participatiesuite.apirules.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One notion of "blank" and "control character" for every service, Unicode spaces included. */
class TekstTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Zoelen           | Zoelen",
        "'  Zoelen  '     | Zoelen",
        "'\u00a0Zoelen\u202f' | Zoelen",
        "'\u00a0\u2007\u202f' | NULL",
        "'   '            | NULL",
        "''               | NULL",
        "NULL             | NULL"})
    void normaliseTrimsUnicodeSpacesAndMakesBlankAbsent(String tekst, String expected) {
        assertEquals(expected, Tekst.normaliseer(tekst));
    }

    @ParameterizedTest(name = "[{0}] control character: {1}")
    @CsvSource(delimiter = '|', value = {
        "gewone tekst       | false",
        "'regel\neen\ttab'  | false",
        "'a\u0000b'         | true",
        "'a\u001bb'         | true",
        "'a\u007fb'         | true",
        "'a\u0085b'         | true"})
    void controlCharactersOtherThanTabAndNewlineAreRefused(String tekst, boolean stuurteken) {
        assertEquals(stuurteken, Tekst.bevatStuurteken(tekst));
    }
}
