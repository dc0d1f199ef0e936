package nl.participatiesuite.clientstories;

import static nl.participatiesuite.clientstories.Suite.GEMEENTE;
import static nl.participatiesuite.clientstories.Suite.etag;
import static nl.participatiesuite.clientstories.Suite.versie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.client.assessment.api.BeoordelingenApi;
import nl.participatiesuite.client.registry.ApiException;
import nl.participatiesuite.client.registry.api.InitiatievenApi;
// The generated model classes this story names: all in the section "Models" below.
import nl.participatiesuite.client.assessment.model.BeoordelingRequest;
import nl.participatiesuite.client.registry.model.Initiatief;
import nl.participatiesuite.client.registry.model.InitiatiefRequest;
import nl.participatiesuite.client.registry.model.InitiatiefWijziging;
import nl.participatiesuite.client.registry.model.InitiatiefnemerRequest;
import nl.participatiesuite.client.registry.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Story 4 (registry and assessment together), only through the clients generated from the committed contracts: a
 * medewerker submits an initiatief in the registry, then stores a beoordeling for it in the assessment-service naming
 * only the initiatief and the samenwerkingswijzer's own answers — doel, activiteit, schaal and initiatiefnemer come from
 * the initiatief, as the assessment's contract says. The assessment-service owns the link; the registry takes it over
 * from its notifications, so the initiatief soon shows the beoordeling (with a new ETag), and an id the assessment does
 * not know is refused.
 */
class BeoordelingKoppelingStory {

    /** Notifications are delivered after commit by a dispatcher that runs every second; a wide bound for a slow CI. */
    private static final Duration KOPPELING_BINNEN = Duration.ofSeconds(60);

    private final String token = Suite.token("medewerker");
    private final InitiatievenApi registry = new InitiatievenApi(registryClient());
    private final BeoordelingenApi assessment = new BeoordelingenApi(assessmentClient());

    @Test
    void eenBeoordelingVoorEenInitiatiefWordtInHetRegisterGekoppeld() throws Exception {
        var ingediend = registry.initiatiefResourceCreateWithHttpInfo(initiatief());
        String etag = etag("POST /initiatieven", 201, ingediend.getStatusCode(), ingediend.getHeaders());
        UUID initiatiefId = ingediend.getData().getId();

        // The beoordeling names the initiatief and leaves what the initiatief says out.
        var opgeslagen = assessment.beoordelingResourceCreateWithHttpInfo(beoordelingVoor(initiatiefId));
        assertEquals(201, opgeslagen.getStatusCode());
        var beoordeling = Suite.compleet("beoordeling", opgeslagen.getData());
        assertEquals(initiatiefId, beoordeling.getInitiatiefId());
        assertEquals("Kinderen in Zoelen een veilige plek geven om buiten te spelen", beoordeling.getInvoer().getDoel());
        assertEquals("Een speeltuin aanleggen op het veld aan de Kerkstraat", beoordeling.getInvoer().getActiviteit());
        assertEquals("STRAAT_BUURT", String.valueOf(beoordeling.getInvoer().getSchaal()));
        assertEquals("SAMENLEVING", String.valueOf(beoordeling.getInvoer().getInitiatiefnemer()),
                "initiatiefnemer INWONER is SAMENLEVING in the samenwerkingswijzer");

        // The registry takes the link over from the assessment-service's notification.
        Initiatief gekoppeld = wachtOpKoppeling(initiatiefId, beoordeling.getId());
        var gelezen = registry.initiatiefResourceGetWithHttpInfo(initiatiefId, null);
        String nieuw = etag("GET after the link", 200, gelezen.getStatusCode(), gelezen.getHeaders());
        assertTrue(versie(nieuw) > versie(etag), "the link is a change of the initiatief: " + etag + " -> " + nieuw);
        assertEquals(beoordeling.getId(), Suite.compleet("gekoppeld", gekoppeld).getBeoordelingId());

        // Read-only for a client: an id the assessment-service does not know is a 400 naming the field.
        InitiatiefWijziging wijziging = wijziging().beoordelingId(UUID.randomUUID());
        ApiException onbekend = assertThrows(ApiException.class,
                () -> registry.initiatiefResourceUpdateWithHttpInfo(initiatiefId, nieuw, wijziging));
        assertEquals(400, onbekend.getCode(), onbekend.getResponseBody());
        Problem problem = Suite.compleet("400", registryClient().getObjectMapper()
                .readValue(onbekend.getResponseBody(), Problem.class));
        assertEquals(List.of("beoordelingId unknown"), problem.getInvalidParams().stream()
                .map(p -> p.getName() + " " + p.getCode()).toList());

        // Left out, the link stays.
        var gewijzigd = registry.initiatiefResourceUpdateWithHttpInfo(initiatiefId, nieuw, wijziging().beoordelingId(null));
        assertEquals(200, gewijzigd.getStatusCode());
        assertEquals(beoordeling.getId(), gewijzigd.getData().getBeoordelingId());
    }

    private Initiatief wachtOpKoppeling(UUID initiatiefId, UUID beoordelingId) throws Exception {
        long einde = System.nanoTime() + KOPPELING_BINNEN.toNanos();
        Initiatief initiatief = registry.initiatiefResourceGet(initiatiefId, null);
        while (!beoordelingId.equals(initiatief.getBeoordelingId()) && System.nanoTime() < einde) {
            Thread.sleep(250);
            initiatief = registry.initiatiefResourceGet(initiatiefId, null);
        }
        assertEquals(beoordelingId, initiatief.getBeoordelingId(),
                "the registry did not take the link over within " + KOPPELING_BINNEN.toSeconds() + " s");
        return initiatief;
    }

    private nl.participatiesuite.client.registry.ApiClient registryClient() {
        var client = new nl.participatiesuite.client.registry.ApiClient();
        client.updateBaseUri(Suite.url("registry"));
        client.setObjectMapper(Suite.strikt(client.getObjectMapper()));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private nl.participatiesuite.client.assessment.ApiClient assessmentClient() {
        var client = new nl.participatiesuite.client.assessment.ApiClient();
        client.updateBaseUri(Suite.url("assessment"));
        client.setObjectMapper(Suite.strikt(client.getObjectMapper()));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    // ---- Models: every generated model class this story names is here ----

    private static InitiatiefRequest initiatief() {
        return new InitiatiefRequest()
                .gemeente(GEMEENTE)
                .titel("Speeltuin aan de Kerkstraat " + UUID.randomUUID().toString().substring(0, 8))
                .doel("Kinderen in Zoelen een veilige plek geven om buiten te spelen")
                .activiteit("Een speeltuin aanleggen op het veld aan de Kerkstraat")
                .schaal(InitiatiefRequest.SchaalEnum.STRAAT_BUURT)
                .initiatiefnemer(new InitiatiefnemerRequest()
                        .type(InitiatiefnemerRequest.TypeEnum.INWONER).naam("Buurtcomité Kerkstraat"));
    }

    private static InitiatiefWijziging wijziging() {
        return new InitiatiefWijziging()
                .titel("Speeltuin en jeu de boules aan de Kerkstraat")
                .doel("Kinderen in Zoelen een veilige plek geven om buiten te spelen")
                .activiteit("Een speeltuin aanleggen op het veld aan de Kerkstraat")
                .schaal(InitiatiefWijziging.SchaalEnum.STRAAT_BUURT)
                .initiatiefnemer(new InitiatiefnemerRequest()
                        .type(InitiatiefnemerRequest.TypeEnum.INWONER).naam("Buurtcomité Kerkstraat"));
    }

    /** Only the initiatief and the answers the initiatief does not give. */
    private static BeoordelingRequest beoordelingVoor(UUID initiatiefId) {
        return new BeoordelingRequest()
                .gemeente(GEMEENTE)
                .initiatiefId(initiatiefId)
                .ruimte(true).belangen(true).tijd(true)
                .omvang(2).maatschappelijkBelang(3).maatschappelijkeBijdrage(3)
                .gemeenteBijdrageNodig(false); // required with initiatiefnemer SAMENLEVING (the contract says so in prose)
    }
}
