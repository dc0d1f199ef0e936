package nl.participatiesuite.apirules.notificaties;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before offering a failed delivery again: exponential backoff with jitter. After attempt n the wait
 * is the first wait doubled n-1 times, at most the maximum, of which a random half to the whole is taken ("equal
 * jitter"), so subscribers that failed together are not all retried at the same moment.
 */
public record Wachttijd(Duration eerste, Duration maximum) {

    /** The wait after the {@code pogingen}-th failed attempt (1 = the first); {@code toeval} gives numbers in [0, 1). */
    public Duration na(int pogingen, DoubleSupplier toeval) {
        long grens = maximum.toMillis();
        long basis = eerste.toMillis();
        for (int i = 1; i < pogingen && basis < grens; i++) {
            basis *= 2;
        }
        basis = Math.min(basis, grens);
        long helft = basis / 2;
        return Duration.ofMillis(helft + (long) (toeval.getAsDouble() * (basis - helft)));
    }
}
