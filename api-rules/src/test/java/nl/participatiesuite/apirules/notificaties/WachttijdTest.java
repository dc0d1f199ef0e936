package nl.participatiesuite.apirules.notificaties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The backoff of a failed delivery: doubling from the first wait up to the maximum, of which half to all is taken. */
class WachttijdTest {

    private static final Wachttijd WACHTTIJD = new Wachttijd(Duration.ofSeconds(1), Duration.ofHours(1));

    @ParameterizedTest(name = "after attempt {0} with chance {1}: {2} ms")
    @CsvSource({
        "1, 0.0, 500",
        "1, 0.999999, 999",
        "2, 0.0, 1000",
        "3, 0.5, 3000",
        "10, 0.0, 256000",
        "12, 0.0, 1024000",
        "13, 0.0, 1800000",
        "13, 0.999999, 3599998",
        "40, 0.0, 1800000",
    })
    void backoffDoublesWithJitterUpToTheMaximum(int poging, double toeval, long millis) {
        assertEquals(millis, WACHTTIJD.na(poging, () -> toeval).toMillis());
    }

    @ParameterizedTest(name = "a subscriber down for {0} hours is still retried at least every hour")
    @CsvSource({"1", "12", "24"})
    void retriesGoOnForAtLeastTheRetryPeriod(int uren) {
        // The longest wait is the maximum: within the 24 hours before parking there is always another attempt.
        long totaal = 0;
        int pogingen = 0;
        while (totaal < Duration.ofHours(uren).toMillis()) {
            Duration wacht = WACHTTIJD.na(++pogingen, () -> 0.999999);
            assertEquals(true, wacht.compareTo(Duration.ofHours(1)) <= 0);
            totaal += wacht.toMillis();
        }
    }
}
