package nl.participatiesuite.apirules.test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 in every service: a change of the service's data reaches the subscribers whose gemeente and filters match, as
 * a signed CloudEvent without personal data; nobody else hears of it; a delivery that keeps failing is parked and can be
 * offered again. The service names one kanaal and how to create an object in it.
 */
public abstract class NotificatiesTest extends ContractRequests {

    public static final String GEHEIM = "geheim-van-de-test-ontvanger-0123456789";
    private static final Duration BEGRENZING = Duration.ofSeconds(45);

    @Inject
    AgroalDataSource dataSource;

    private final java.util.List<Ontvanger> ontvangers = new java.util.ArrayList<>();

    /** A kanaal of this service. */
    protected abstract String kanaal();

    /** A fresh gemeente (the service's TestData): the test now works in it. */
    protected abstract String nieuweGemeente();

    /** Creates an object of {@link #kanaal()} in this gemeente, holding {@link Persoonsgegevens} where it can; its id. */
    protected abstract String maak(String gemeente);

    @AfterEach
    void sluitOntvangers() {
        ontvangers.forEach(Ontvanger::close);
    }

    protected Ontvanger ontvanger() {
        Ontvanger ontvanger = new Ontvanger(GEHEIM);
        ontvangers.add(ontvanger);
        return ontvanger;
    }

    /** Subscribes the receiver, as the beheerder of the gemeente, to the kanaal with these acties (none: all). */
    public static String abonneer(Ontvanger ontvanger, String gemeente, String kanaal, List<String> acties) {
        return api(Aanroeper.beheerder(gemeente)).body(Map.of("gemeente", gemeente, "callbackUrl", ontvanger.url(),
                        "geheim", GEHEIM, "autorisatie", "Bearer sleutel-van-" + gemeente,
                        "kanalen", List.of(Map.of("naam", kanaal, "acties", acties))))
                .post("/abonnementen").then().statusCode(201)
                .body("gemeente", equalTo(gemeente)).body("metAutorisatie", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("geheim")))
                .body("$", not(org.hamcrest.Matchers.hasKey("autorisatie")))
                .extract().path("id");
    }

    @Test
    void aSubscriberReceivesEveryChangeSignedAsACloudEventWithoutPersonalData() {
        String gemeente = nieuweGemeente();
        Ontvanger ontvanger = ontvanger();
        abonneer(ontvanger, gemeente, kanaal(), List.of());
        String id = maak(gemeente);

        List<Ontvanger.Ontvangen> ontvangen = ontvanger.wachtTot(l -> l.stream().anyMatch(o -> o.subject().equals(id)), BEGRENZING);
        Ontvanger.Ontvangen event = ontvangen.stream().filter(o -> o.subject().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("No notification for " + id + " within " + BEGRENZING + "; got " + ontvanger.ontvangen()));
        assertTrue(event.handtekeningKlopt(), "signature must verify: " + event.event());
        assertEquals("Bearer sleutel-van-" + gemeente, event.autorisatie());
        JsonNode ce = event.event();
        assertEquals("1.0", ce.path("specversion").asText());
        assertEquals("nl.participatiesuite." + kanaal() + ".create", ce.path("type").asText());
        assertTrue(ce.path("source").asText().startsWith("urn:nld:participatie-suite:"), ce.toString());
        assertTrue(ce.path("dataref").asText().endsWith("/api/v1/" + kanaal() + "/" + id), ce.toString());
        assertEquals(kanaal(), ce.path("data").path("kanaal").asText());
        assertEquals("create", ce.path("data").path("actie").asText());
        assertEquals(gemeente, ce.path("data").path("kenmerken").path("gemeente").asText());
        assertFalse(Persoonsgegevens.in(ce.toString()), "no personal data in an event: " + ce);
    }

    @Test
    void aSubscriberOfAnotherGemeenteOrOtherActiesHearsNothing() {
        String andere = nieuweGemeente();
        Ontvanger vanAndere = ontvanger();
        abonneer(vanAndere, andere, kanaal(), List.of());
        String gemeente = nieuweGemeente();
        Ontvanger alleenDestroy = ontvanger();
        abonneer(alleenDestroy, gemeente, kanaal(), List.of("destroy"));
        Ontvanger alles = ontvanger();
        abonneer(alles, gemeente, kanaal(), List.of("create", "update"));

        String id = maak(gemeente);

        alles.wachtTot(l -> l.stream().anyMatch(o -> o.subject().equals(id)), BEGRENZING);
        assertTrue(alles.ontvangen().stream().anyMatch(o -> o.subject().equals(id)), "the matching subscriber heard of it");
        // Handed out together with the matching one: had they matched, they would have had it by now.
        assertTrue(vanAndere.ontvangen().stream().noneMatch(o -> o.subject().equals(id)), "another gemeente heard of it");
        assertTrue(alleenDestroy.ontvangen().stream().noneMatch(o -> o.subject().equals(id)), "a destroy-only filter let a create through");
    }

    @Test
    void aDeliveryThatKeepsFailingIsParkedAndCanBeOfferedAgain() {
        String gemeente = nieuweGemeente();
        Ontvanger ontvanger = ontvanger();
        ontvanger.gedrag(Ontvanger.Gedrag.FOUT_500);
        String abonnement = abonneer(ontvanger, gemeente, kanaal(), List.of());
        String id = maak(gemeente);

        // The test profile parks after 15 seconds of failures (production: 24 hours).
        long einde = System.nanoTime() + BEGRENZING.toNanos();
        List<String> geparkeerd = List.of();
        while (geparkeerd.isEmpty() && System.nanoTime() < einde) {
            geparkeerd = api(Aanroeper.beheerder(gemeente)).queryParam("status", "GEPARKEERD")
                    .get("/abonnementen/" + abonnement + "/afleveringen").then().statusCode(200)
                    .extract().path("items.notificatie.hoofdId");
        }
        assertEquals(List.of(id), geparkeerd);
        assertTrue(ontvanger.pogingen() >= 2, "retried before parking: " + ontvanger.pogingen());

        ontvanger.gedrag(Ontvanger.Gedrag.OK);
        api(Aanroeper.beheerder(gemeente)).post("/abonnementen/" + abonnement + "/_heraanbieden")
                .then().statusCode(200).body("aantal", equalTo(1));
        ontvanger.wachtTot(l -> !l.isEmpty(), BEGRENZING);
        assertEquals(List.of(id), ontvanger.ontvangen().stream().map(Ontvanger.Ontvangen::subject).toList());
        api(Aanroeper.beheerder(gemeente)).get("/abonnementen/" + abonnement + "/afleveringen").then().statusCode(200)
                .body("items.status", equalTo(List.of("AFGELEVERD")));
    }

    @Test
    void aBadSubscriptionIsRefusedWithNothingStored() {
        String gemeente = nieuweGemeente();
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(Aanroeper.beheerder(gemeente)).body(Map.of("gemeente", gemeente, "callbackUrl", "ftp://ontvanger.example/x",
                            "geheim", "kort", "kanalen", List.of(Map.of("naam", "bestaat-niet", "acties", List.of("create", "weg")))))
                    .post("/abonnementen").then().statusCode(400)
                    .body("invalidParams.name", hasItem("callbackUrl"))
                    .body("invalidParams.name", hasItem("geheim"))
                    .body("invalidParams.name", hasItem("kanalen[0].acties[1]"));
            api(Aanroeper.beheerder(gemeente)).body(Map.of("gemeente", gemeente, "callbackUrl", "https://ontvanger.example/x",
                            "geheim", GEHEIM, "kanalen", List.of(Map.of("naam", "bestaat-niet"))))
                    .post("/abonnementen").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("kanalen[0].naam"))
                    .body("invalidParams[0].code", equalTo("enum"));
            // A beheerder subscribes for the own gemeente: not for all of them, not for another one.
            api(Aanroeper.beheerder(gemeente)).body(Map.of("callbackUrl", "https://ontvanger.example/x",
                            "geheim", GEHEIM, "kanalen", List.of(Map.of("naam", kanaal()))))
                    .post("/abonnementen").then().statusCode(400).body("invalidParams[0].name", equalTo("gemeente"));
            api(Aanroeper.beheerder(gemeente)).body(Map.of("gemeente", ToegangsmatrixTest.ANDERE_GEMEENTE,
                            "callbackUrl", "https://ontvanger.example/x", "geheim", GEHEIM, "kanalen", List.of(Map.of("naam", kanaal()))))
                    .post("/abonnementen").then().statusCode(403);
        });
    }
}
