package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The convention every REST test checks: a value that is not there is left out, never null. */
class GeenNullWaardenTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "{\"a\": 1, \"b\": \"x\", \"c\": []} | -",
            "{\"a\": null} | /a",
            "{\"a\": {\"b\": [1, {\"c\": null}]}} | /a/b/1/c",
            "[1, null] | /1",
            "null | /"})
    void aNullAnywhereIsFoundByItsPointer(String json, String pad) throws Exception {
        assertEquals(pad, GeenNullWaarden.eersteNull(new ObjectMapper().readTree(json), ""));
    }
}
