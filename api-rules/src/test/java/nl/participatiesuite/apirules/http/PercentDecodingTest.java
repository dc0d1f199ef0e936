package nl.participatiesuite.apirules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strict RFC 3986 decoding: what does not decode cleanly is refused (null), never guessed. */
class PercentDecodingTest {

    @ParameterizedTest(name = "{0} (query: {1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "/api/v1/kernen        | false | /api/v1/kernen",
        "Eck%20en%20Wiel       | false | Eck en Wiel",
        "Eck+en+Wiel           | true  | Eck en Wiel",
        "Eck+en+Wiel           | false | Eck+en+Wiel",
        "caf%C3%A9             | false | café",
        "GM0214%               | false | NULL",
        "GM0214%2              | false | NULL",
        "%zz                   | true  | NULL",
        "%C0%AF                | false | NULL",
        "%FF                   | true  | NULL"})
    void decodesOrRefuses(String raw, boolean query, String expected) {
        assertEquals(expected, PercentDecoding.decode(raw, query));
    }
}
