package nl.participatiesuite.assessment.beoordeling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Herberekening: which leaves of the outcome would change, with their path. */
class JsonVerschilTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> gevallen() {
        return Stream.of(
                Arguments.of("gelijk", "{\"a\":1,\"b\":[1,2]}", "{\"b\":[1,2],\"a\":1}", List.of()),
                Arguments.of("genest veld", "{\"stap2\":{\"intensiteit\":\"MIDDEL\",\"score\":3}}",
                        "{\"stap2\":{\"intensiteit\":\"LICHT\",\"score\":3}}",
                        List.of("stap2.intensiteit:\"MIDDEL\"->\"LICHT\"")),
                Arguments.of("positie in een lijst", "{\"l\":[{\"n\":\"A\"},{\"n\":\"B\"}]}",
                        "{\"l\":[{\"n\":\"A\"},{\"n\":\"C\"}]}", List.of("l[1].n:\"B\"->\"C\"")),
                Arguments.of("langere lijst", "{\"l\":[1]}", "{\"l\":[1,2]}", List.of("l[1]:null->2")),
                Arguments.of("kortere lijst", "{\"l\":[1,2]}", "{\"l\":[1]}", List.of("l[1]:2->null")),
                Arguments.of("veld vervalt", "{\"a\":1,\"b\":2}", "{\"a\":1}", List.of("b:2->null")),
                Arguments.of("ander type", "{\"a\":{\"x\":1}}", "{\"a\":null}", List.of("a:{\"x\":1}->null")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void verschillenMetHunPad(String geval, String oud, String nieuw, List<String> verwacht) throws Exception {
        List<String> verschillen = JsonVerschil.tussen(JSON.readTree(oud), JSON.readTree(nieuw)).stream()
                .map(v -> v.pad() + ":" + tekst(v.oud()) + "->" + tekst(v.nieuw()))
                .toList();
        assertEquals(verwacht, verschillen);
    }

    /** A side that is left out of the answer is written "null" here. */
    private static String tekst(JsonNode node) {
        return node == null ? "null" : node.toString();
    }
}
