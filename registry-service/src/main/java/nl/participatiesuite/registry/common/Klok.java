package nl.participatiesuite.registry.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "today" and "now". Dates such as a convenant's evaluation deadline are Dutch
 * calendar dates, so today is taken in Europe/Amsterdam, not in the server's zone. Tests and
 * other environments can replace the bean.
 */
public class Klok {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(NEDERLAND);
    }
}
