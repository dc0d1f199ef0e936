package nl.participatiesuite.apirules.notificaties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who hears of an event: the abonnement's gemeente (none: all), then its kanaal, acties and kern. */
class KanaalfilterTest {

    private static final String KERN = "6f1c0d5e-0000-4000-8000-000000000001";

    @ParameterizedTest(name = "{0} event {1}/{2} (kern {3}) for abonnement {4} {5} acties [{6}] kern {7}: {8}")
    @CsvSource(nullValues = "-", value = {
        "GM0214, initiatieven, create, " + KERN + ", GM0214, initiatieven, -,              -,      true",
        "GM0214, initiatieven, create, " + KERN + ", GM0109, initiatieven, -,              -,      false",
        "GM0214, initiatieven, create, " + KERN + ", -,      initiatieven, -,              -,      true",
        "-,      inflatiecijfers, update, -,         GM0109, inflatiecijfers, -,           -,      true",
        "GM0214, initiatieven, create, " + KERN + ", GM0214, kernen,       -,              -,      false",
        "GM0214, initiatieven, create, " + KERN + ", GM0214, initiatieven, destroy,        -,      false",
        "GM0214, initiatieven, create, " + KERN + ", GM0214, initiatieven, create|update,  -,      true",
        "GM0214, initiatieven, create, " + KERN + ", GM0214, initiatieven, -,              " + KERN + ", true",
        "GM0214, initiatieven, create, -,            GM0214, initiatieven, -,              " + KERN + ", false",
    })
    void aSubscriberHearsOnlyOfItsGemeenteAndFilters(String gemeente, String kanaal, String actie, String kern,
            String abonnementGemeente, String filterKanaal, String acties, String filterKern, boolean hoort) {
        Gebeurtenis gebeurtenis = new Gebeurtenis(1, UUID.randomUUID(), Instant.EPOCH, kanaal, "x", "r", "x", actie, gemeente,
                kern == null ? List.of() : List.of(kern));
        Kanaalfilter filter = new Kanaalfilter(filterKanaal, acties == null ? List.of() : Arrays.asList(acties.split("\\|")), filterKern);
        assertEquals(hoort, gebeurtenis.voor(abonnementGemeente, List.of(filter)));
    }
}
