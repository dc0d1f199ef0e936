package nl.participatiesuite.apirules.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict reading of request bodies: every lenient Jackson default that loses data is refused. */
class StrictJsonTest {

    record Body(String naam, Integer jaar, BigDecimal bedrag, Boolean gedeeld, LocalDate datum) {
    }

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"naam\":\"a\",\"naam\":\"b\"}",
        "{\"naam\":\"a\",\"jaar\":1,\"naam\":\"b\"}",
        "{\"naam\":\"a\"}bla",
        "{\"naam\":\"a\"}{\"naam\":\"b\"}",
        "{\"naam\":\"a\\u0000b\"}",
        "{\"naam\":\"a\\u001bb\"}",
        "{\"naam\":123}",
        "{\"naam\":true}",
        "{\"jaar\":94.5}",
        "{\"jaar\":2025.99}",
        "{\"jaar\":\"2025\"}",
        "{\"bedrag\":\"2025\"}",
        "{\"gedeeld\":1}",
        "{\"gedeeld\":\"true\"}",
        "{\"datum\":\"\"}",
        "{\"datum\":\"\\u0001\"}",
        "{\"onbekend\":1}"})
    void lenientInputIsRefused(String json) {
        assertThrows(Exception.class, () -> JSON.readValue(json, Body.class));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"naam\":\"tab\\there\\nen regel\",\"jaar\":2025,\"bedrag\":12.50,\"gedeeld\":false,\"datum\":\"2025-01-31\"}"})
    void strictInputIsRead(String json) throws Exception {
        Body body = JSON.readValue(json, Body.class);
        assertEquals("tab\there\nen regel", body.naam());
        assertEquals(2025, body.jaar());
        assertEquals(new BigDecimal("12.50"), body.bedrag());
        assertEquals(LocalDate.of(2025, 1, 31), body.datum());
    }

    /** Bounded input: nesting, text and number length have limits far above any real body, and far below harm. */
    @org.junit.jupiter.api.Test
    void inputBeyondTheBoundsIsRefusedBeforeItIsBuilt() throws Exception {
        String diep = "[".repeat(StrictJson.MAX_NESTING + 1) + "]".repeat(StrictJson.MAX_NESTING + 1);
        assertThrows(com.fasterxml.jackson.core.exc.StreamConstraintsException.class, () -> JSON.readTree(diep));
        String ondiep = "[".repeat(StrictJson.MAX_NESTING) + "]".repeat(StrictJson.MAX_NESTING);
        JSON.readTree(ondiep);
        String lang = "{\"naam\":\"" + "a".repeat(StrictJson.MAX_TEXT + 1) + "\"}";
        assertBeyondBounds(() -> JSON.readValue(lang, Body.class));
        assertEquals(StrictJson.MAX_TEXT, JSON.readValue("{\"naam\":\"" + "a".repeat(StrictJson.MAX_TEXT) + "\"}",
                Body.class).naam().length());
        String getal = "{\"bedrag\":" + "9".repeat(StrictJson.MAX_NUMBER + 1) + "}";
        assertBeyondBounds(() -> JSON.readValue(getal, Body.class));
    }

    private static void assertBeyondBounds(org.junit.jupiter.api.function.Executable read) {
        Throwable refused = assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, read);
        while (refused != null && !(refused instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException)) {
            refused = refused.getCause();
        }
        org.junit.jupiter.api.Assertions.assertNotNull(refused, "refused by the parser's bounds");
    }
}
