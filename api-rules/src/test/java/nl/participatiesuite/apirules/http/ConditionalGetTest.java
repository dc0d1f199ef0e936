package nl.participatiesuite.apirules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** If-None-Match compares weakly (RFC 9110 §13.1.2): which values name version 3. */
class ConditionalGetTest {

    @ParameterizedTest(name = "If-None-Match {0} on version 3 -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"3\"          | true",
        "W/\"3\"        | true",
        "\"2\", \"3\"   | true",
        "*              | true",
        "\"2\"          | false",
        "3              | false",
        "\"33\"         | false"})
    void ifNoneMatchNamesTheVersion(String ifNoneMatch, boolean names) {
        assertEquals(names, ConditionalGet.names(ifNoneMatch, "3"));
    }
}
