package nl.participatiesuite.apirules.notificaties;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The other services this service subscribes to ({@code suite.abonneren.<naam>.url} and {@code .kanalen}), and how
 * often it checks that its abonnementen are still there.
 */
@ConfigMapping(prefix = "suite.abonneren")
public interface AbonnerenInstellingen {

    @WithParentName
    Map<String, Bij> bij();

    /** Off where the other services are stubs (tests): the abonnementen are then taken by the end-to-end run. */
    @WithDefault("true")
    boolean actief();

    /** After a failed attempt (the other service not up yet), the next one. */
    @WithDefault("PT15S")
    Duration opnieuwNa();

    /** Once subscribed, how often to check the abonnement is still there (its database may have been restored). */
    @WithDefault("PT10M")
    Duration controleElke();

    interface Bij {
        /** The other service's API, e.g. http://evaluation-service:8080/api/v1. */
        String url();

        List<String> kanalen();
    }
}
