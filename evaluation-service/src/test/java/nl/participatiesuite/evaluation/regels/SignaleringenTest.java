package nl.participatiesuite.evaluation.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** domain.md §3: a report without terugkoppeling is flagged; so is a broken or untestable promise. */
class SignaleringenTest {

    static Stream<Arguments> regels() {
        Belofteoordeel nagekomen = Participatiebelofte.toets(GeplandNiveauBron.BEOORDELING, Ladderniveau.RAADPLEGEN,
                Ladderniveau.ADVISEREN);
        Belofteoordeel gebroken = Participatiebelofte.toets(GeplandNiveauBron.BEOORDELING, Ladderniveau.ADVISEREN,
                Ladderniveau.RAADPLEGEN);
        Belofteoordeel geen = Participatiebelofte.toets(GeplandNiveauBron.GEEN_BEOORDELING, null, Ladderniveau.ADVISEREN);
        Belofteoordeel onbereikbaar = Participatiebelofte.toets(GeplandNiveauBron.ASSESSMENT_ONBEREIKBAAR, null,
                Ladderniveau.ADVISEREN);
        return Stream.of(
                Arguments.of("feedback given, promise kept: nothing to flag", true, nagekomen, List.of()),
                Arguments.of("feedback not given is flagged", false, nagekomen,
                        List.of(Signalering.TERUGKOPPELING_ONTBREEKT)),
                Arguments.of("feedback not mentioned counts as missing", null, nagekomen,
                        List.of(Signalering.TERUGKOPPELING_ONTBREEKT)),
                Arguments.of("a broken promise is flagged", true, gebroken, List.of(Signalering.BELOFTE_NIET_NAGEKOMEN)),
                Arguments.of("no beoordeling is flagged", true, geen, List.of(Signalering.GEEN_BEOORDELING)),
                Arguments.of("an unreachable assessment-service is flagged", true, onbereikbaar,
                        List.of(Signalering.ASSESSMENT_ONBEREIKBAAR)),
                Arguments.of("flags add up", null, gebroken,
                        List.of(Signalering.TERUGKOPPELING_ONTBREEKT, Signalering.BELOFTE_NIET_NAGEKOMEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regels")
    void flags(String regel, Boolean terugkoppelingGegeven, Belofteoordeel belofte, List<Signalering> verwacht) {
        assertEquals(verwacht, Signaleringen.voor(terugkoppelingGegeven, belofte), regel);
    }
}
