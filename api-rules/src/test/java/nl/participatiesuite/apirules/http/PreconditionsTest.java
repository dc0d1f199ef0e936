package nl.participatiesuite.apirules.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.participatiesuite.apirules.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/** Lost-update protection: a change names the version it was based on, and nothing else will do. */
class PreconditionsTest {

    @ParameterizedTest(name = "If-Match {0} on version 3 -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"3\"         | 0",
        "\"2\", \"3\"  | 0",
        "\"2\"         | 412",
        "W/\"3\"       | 412",
        "3             | 412",
        "*             | 428",
        "' * '         | 428",
        "''            | 428"})
    void ifMatchNamesTheCurrentVersion(String ifMatch, int status) {
        if (status == 0) {
            assertDoesNotThrow(() -> Preconditions.requireMatch(ifMatch, 3));
        } else {
            ProblemException refused = assertThrows(ProblemException.class, () -> Preconditions.requireMatch(ifMatch, 3));
            assertEquals(status, refused.status());
        }
    }

    @ParameterizedTest
    @NullSource
    void withoutIfMatchThePreconditionIsRequired(String ifMatch) {
        assertEquals(428, assertThrows(ProblemException.class, () -> Preconditions.requireMatch(ifMatch, 0)).status());
    }
}
