package nl.participatiesuite.apirules.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The cursor of keyset paging: what is written reads back equal, and nothing else is read. */
class CursorTest {

    private static final List<Class<?>> KERN = List.of(String.class, String.class, UUID.class);
    private static final List<Class<?>> NIEUWSTE_EERST = List.of(Instant.class, UUID.class);

    @Test
    void aWrittenCursorReadsBackEqual() {
        Cursor kern = new Cursor(40, List.of("GM0214", "Kern 7 — ‘Ĳsselstein’ & co?/=+", UUID.randomUUID()));
        assertEquals(kern, Cursor.lees(kern.tekst(), KERN));
        Cursor nieuwste = new Cursor(0, List.of(Instant.parse("2026-12-01T09:49:20.123456Z"), UUID.randomUUID()));
        assertEquals(nieuwste, Cursor.lees(nieuwste.tekst(), NIEUWSTE_EERST));
    }

    @Test
    void theTextIsUrlSafe() {
        String tekst = new Cursor(123_456, List.of("\u00ff\u00fe\u00fd??>>", "~~~", UUID.randomUUID())).tekst();
        assertTrue(tekst.matches("[A-Za-z0-9_-]+"), tekst);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "garbage!",                                                  // not base64url
            "eyJwb3NpdGllIjo",                                           // base64 of a cut-off JSON text
            "W10",                                                       // []
            "eyJwb3NpdGllIjowfQ",                                        // {"positie":0}: no key
            "eyJwb3NpdGllIjotMSwibmEiOlsiMjAyNi0xMi0wMVQwOTo0OToyMFoiLCIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiXX0",
            // {"positie":-1,...}: a negative position
    })
    void garbledTextIsAFormatProblemOnCursor(String tekst) {
        assertFormatProblem(tekst, NIEUWSTE_EERST);
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String kern = new Cursor(20, List.of("GM0214", "Buren", UUID.randomUUID())).tekst();
        assertFormatProblem(kern, NIEUWSTE_EERST);
    }

    @Test
    void onlyTheCanonicalSpellingIsRead() {
        UUID id = UUID.randomUUID();
        String json = "{\"positie\":20,\"na\":[\"2026-12-01T09:49:20Z\",\"" + id + "\"]}";
        String tekst = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(new Cursor(20, List.of(Instant.parse("2026-12-01T09:49:20Z"), id)), Cursor.lees(tekst, NIEUWSTE_EERST));
        // The same cursor with padding, in upper-case hex, with a non-canonical moment, with a duplicate member
        // or a trailing token: each one could be read, none was written by a service.
        assertFormatProblem(Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "==", NIEUWSTE_EERST);
        assertFormatProblem(encode(json.replace(id.toString(), id.toString().toUpperCase())), NIEUWSTE_EERST);
        assertFormatProblem(encode(json.replace("09:49:20Z", "10:49:20+01:00")), NIEUWSTE_EERST);
        assertFormatProblem(encode(json.replace("{", "{\"positie\":1,")), NIEUWSTE_EERST);
        assertFormatProblem(encode(json + " {}"), NIEUWSTE_EERST);
        assertFormatProblem(encode(json.replace("20,", "20.5,")), NIEUWSTE_EERST);
        assertFormatProblem(encode(json.replace("20,", "\"20\",")), NIEUWSTE_EERST);
        assertFormatProblem(encode(json.replace("20,", Cursor.MAX_POSITIE + 1 + ",")), NIEUWSTE_EERST);
    }

    @Test
    void aVeryLongTextIsNotRead() {
        String tekst = new Cursor(0, List.of("x".repeat(Cursor.MAX_LENGTE), "b", UUID.randomUUID())).tekst();
        assertFormatProblem(tekst, KERN);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertFormatProblem(String tekst, List<Class<?>> typen) {
        ProblemException problem = assertThrows(ProblemException.class, () -> Cursor.lees(tekst, typen));
        assertEquals(400, problem.status());
        assertEquals(List.of(new Problem.InvalidParam("cursor", InvalidParamCode.FORMAT, Cursor.ongeldig().invalidParams().get(0).reason())),
                problem.invalidParams());
    }
}
