package nl.participatiesuite.apirules.data;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "today" and "now" in every service; nothing calls {@code Instant.now()} itself,
 * so a test can set the time. Dates such as a convenant's evaluation deadline are Dutch calendar
 * dates, so today is taken in Europe/Amsterdam, not in the server's zone. Moments are cut to
 * microseconds, what PostgreSQL's timestamptz keeps, so a stored moment reads back equal.
 */
@Singleton
public class Klok {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    Klok(Clock clock) {
        this.clock = clock;
    }

    public Instant nu() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock.withZone(NEDERLAND));
    }

    /** The system clock in Dutch time; tests and other environments can replace the bean. */
    @Produces
    @Singleton
    @DefaultBean
    static Clock systeemklok() {
        return Clock.system(NEDERLAND);
    }
}
