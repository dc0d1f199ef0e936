package nl.participatiesuite.apirules.notificaties;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The dispatcher's settings ({@code suite.notificaties.*}); defaults in api-rules' microprofile-config.properties. */
@ConfigMapping(prefix = "suite.notificaties")
public interface Instellingen {

    /** Whether this pod delivers; every pod writes the outbox either way. */
    @WithDefault("true")
    boolean verzenden();

    /** How long an idle dispatcher waits before looking again. */
    @WithDefault("PT0.5S")
    Duration interval();

    /** The public base URL of this service's API, for the URLs in an event. */
    String basisUrl();

    /** The CloudEvents source of this service. */
    String bron();

    /** The longest a subscriber may take to answer one delivery. */
    @WithDefault("PT5S")
    Duration timeout();

    @WithDefault("PT1S")
    Duration eersteWachttijd();

    @WithDefault("PT1H")
    Duration maximaleWachttijd();

    /** After this long without success a delivery is parked in the dead-letter list. */
    @WithDefault("PT24H")
    Duration parkerenNa();

    /** Delivered notifications are removed after this long. */
    @WithDefault("P7D")
    Duration bewaartermijn();

    /** How many subscribers are delivered to at the same time by one pod. */
    @WithDefault("8")
    int gelijktijdig();

    /** Whether a callback URL must be https (production). */
    @WithDefault("true")
    boolean alleenHttps();
}
