package nl.participatiesuite.assessment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every reason's text is its template with the values filled in, exactly as String.format in Dutch would. */
class OnderbouwingCodeTest {

    private static final Pattern PLAATS = Pattern.compile("%[sd]");

    @Test
    void elkSjabloonGeeftDezelfdeTekstAlsStringFormat() {
        List<Object[]> waardenreeksen = List.of(new Object[] {3, "jongeren"}, new Object[] {-12_345, "één, twee"},
                new Object[] {1_000_000L, null});
        for (OnderbouwingCode code : OnderbouwingCode.values()) {
            for (Object[] reeks : waardenreeksen) {
                Object[] argumenten = argumenten(code.sjabloon(), reeks);
                assertEquals(String.format(Locale.forLanguageTag("nl-NL"), code.sjabloon(), argumenten),
                        code.met(argumenten).tekst(), code.name());
            }
        }
    }

    @Test
    void eenOntbrekendeOfVerkeerdeWaardeIsEenFout() {
        assertThrows(IllegalArgumentException.class, () -> OnderbouwingCode.CONSENSUS_ILLUSIE.met());
        OnderbouwingCode metGetal = java.util.Arrays.stream(OnderbouwingCode.values())
                .filter(code -> code.sjabloon().contains("%d")).findFirst().orElseThrow();
        Object[] tekstVoorGetal = argumenten(metGetal.sjabloon(), new Object[] {"drie", "drie"});
        assertThrows(IllegalArgumentException.class, () -> metGetal.met(tekstVoorGetal));
    }

    /** Per placeholder the value of its kind from the series: the number for %d, the text for %s. */
    private static Object[] argumenten(String sjabloon, Object[] reeks) {
        List<Object> argumenten = new ArrayList<>();
        Matcher plaats = PLAATS.matcher(sjabloon);
        while (plaats.find()) {
            argumenten.add(plaats.group().equals("%d") ? reeks[0] : reeks[1]);
        }
        return argumenten.toArray();
    }
}
