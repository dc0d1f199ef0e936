package nl.participatiesuite.clientstories;

import static nl.participatiesuite.clientstories.Suite.GEMEENTE;
import static nl.participatiesuite.clientstories.Suite.etag;
import static nl.participatiesuite.clientstories.Suite.locatie;
import static nl.participatiesuite.clientstories.Suite.versie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.client.registry.ApiClient;
import nl.participatiesuite.client.registry.ApiException;
import nl.participatiesuite.client.registry.api.InitiatievenApi;
// The generated model classes this story names: all in the section "Models" below.
import nl.participatiesuite.client.registry.model.InitiatiefRequest;
import nl.participatiesuite.client.registry.model.InitiatiefWijziging;
import nl.participatiesuite.client.registry.model.InitiatiefnemerRequest;
import nl.participatiesuite.client.registry.model.Problem;
import nl.participatiesuite.client.registry.model.StatuswijzigingRequest;
import org.junit.jupiter.api.Test;

/**
 * Story 1 (registry-service), only through the client generated from the committed contract: a medewerker submits an
 * initiatief, follows its Location, reads it with its ETag, changes it with If-Match, takes it through its lifecycle
 * INGEDIEND → IN_BEHANDELING → LOPEND → AFGEROND (each statuswijziging's Location resolves) and reads it again.
 */
class InitiatiefLevenscyclusStory {

    private final String basis = Suite.url("registry");
    private final ApiClient client = client(Suite.token("medewerker"));
    private final InitiatievenApi medewerker = new InitiatievenApi(client);

    @Test
    void eenInitiatiefDoorZijnLevenscyclus() throws Exception {
        String titel = "Sportveldjes voor jongeren (client story " + UUID.randomUUID() + ")";

        // Submit: 201 with the version as ETag and the Location of the new initiatief.
        var aangemaakt = medewerker.initiatiefResourceCreateWithHttpInfo(nieuw(titel));
        Suite.compleet("aangemaakt", aangemaakt.getData());
        String etag = etag("POST /initiatieven", 201, aangemaakt.getStatusCode(), aangemaakt.getHeaders());
        UUID id = aangemaakt.getData().getId();
        assertEquals(List.of(id), locatie("POST /initiatieven", aangemaakt.getHeaders(), basis, "/initiatieven/{id}"));
        assertEquals("INGEDIEND", String.valueOf(aangemaakt.getData().getStatus()));

        // Follow the Location: the generated GET with the id from it gives the same initiatief and version.
        var gelezen = medewerker.initiatiefResourceGetWithHttpInfo(id, null);
        Suite.compleet("gelezen", gelezen.getData());
        assertEquals(etag, etag("GET Location", 200, gelezen.getStatusCode(), gelezen.getHeaders()));
        assertEquals(id, gelezen.getData().getId());
        assertEquals(titel, gelezen.getData().getTitel());

        // Change it with the ETag just read as If-Match: 200 and a new ETag.
        var gewijzigd = medewerker.initiatiefResourceUpdateWithHttpInfo(id, etag, wijziging(titel + " en een pannakooi"));
        Suite.compleet("gewijzigd", gewijzigd.getData());
        String naWijziging = etag("PUT If-Match " + etag, 200, gewijzigd.getStatusCode(), gewijzigd.getHeaders());
        assertTrue(versie(naWijziging) > versie(etag), "PUT must raise the version: " + etag + " -> " + naWijziging);
        assertEquals(titel + " en een pannakooi", gewijzigd.getData().getTitel());

        // The old ETag is stale now: the same change again is a 412 problem, as the generated client surfaces it.
        ApiException verouderd = assertThrows(ApiException.class,
                () -> medewerker.initiatiefResourceUpdateWithHttpInfo(id, etag, wijziging(titel + " (te laat)")));
        assertProblem(412, verouderd);

        // The lifecycle, each step based on the version read last (If-Match), each Location resolving.
        String huidige = naWijziging;
        for (String naar : List.of("IN_BEHANDELING", "LOPEND", "AFGEROND")) {
            var stap = medewerker.statuswijzigingResourceWijzigWithHttpInfo(id, statuswijziging(naar), huidige);
            Suite.compleet("stap", stap.getData());
            assertEquals(201, stap.getStatusCode(), "POST statuswijzigingen " + naar);
            assertEquals(naar, String.valueOf(stap.getData().getNaar()));
            List<UUID> ids = locatie("POST statuswijzigingen " + naar, stap.getHeaders(), basis,
                    "/initiatieven/{id}/statuswijzigingen/{wijzigingId}");
            assertEquals(List.of(id, stap.getData().getId()), ids);
            var vastgelegd = medewerker.statuswijzigingResourceEenWithHttpInfo(ids.get(0), ids.get(1));
            Suite.compleet("vastgelegd", vastgelegd.getData());
            assertEquals(200, vastgelegd.getStatusCode());
            assertEquals(naar, String.valueOf(vastgelegd.getData().getNaar()));

            var nu = medewerker.initiatiefResourceGetWithHttpInfo(id, null);
            Suite.compleet("nu", nu.getData());
            String volgende = etag("GET after " + naar, 200, nu.getStatusCode(), nu.getHeaders());
            assertTrue(versie(volgende) > versie(huidige), "a statuswijziging must raise the version");
            assertEquals(naar, String.valueOf(nu.getData().getStatus()));
            huidige = volgende;
        }

        // A step based on a stale version is refused (412), and a step the lifecycle does not allow is a 409.
        String stale = naWijziging;
        assertProblem(412, assertThrows(ApiException.class,
                () -> medewerker.statuswijzigingResourceWijzigWithHttpInfo(id, statuswijziging("INGETROKKEN"), stale)));
        assertProblem(409, assertThrows(ApiException.class,
                () -> medewerker.statuswijzigingResourceWijzigWithHttpInfo(id, statuswijziging("LOPEND"), null)));

        // Read again: AFGEROND, the same version, and the whole history oldest first.
        var eind = medewerker.initiatiefResourceGetWithHttpInfo(id, null);
        Suite.compleet("eind", eind.getData());
        assertEquals(huidige, etag("GET at the end", 200, eind.getStatusCode(), eind.getHeaders()));
        assertEquals("AFGEROND", String.valueOf(eind.getData().getStatus()));
        var geschiedenis = medewerker.statuswijzigingResourceGeschiedenisWithHttpInfo(id, null, null);
        Suite.compleet("geschiedenis", geschiedenis.getData());
        assertEquals(200, geschiedenis.getStatusCode());
        assertEquals(List.of("INGEDIEND", "IN_BEHANDELING", "LOPEND", "AFGEROND"), geschiedenis.getData().getItems()
                .stream().map(w -> String.valueOf(w.getNaar())).toList());

        // Conditional GET with the current ETag: the documented 304 with the ETag. The generated client surfaces
        // every status outside 2xx as an ApiException, a 304 too.
        String laatste = huidige;
        ApiException nietGewijzigd = assertThrows(ApiException.class,
                () -> medewerker.initiatiefResourceGetWithHttpInfo(id, laatste));
        assertEquals(laatste, etag("GET If-None-Match", 304, nietGewijzigd.getCode(),
                nietGewijzigd.getResponseHeaders().map()));
    }

    private void assertProblem(int status, ApiException e) throws Exception {
        assertEquals(status, e.getCode(), "status of the refusal: " + e.getResponseBody());
        assertTrue(e.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "a refusal is application/problem+json: " + e.getResponseHeaders().map());
        Problem problem = Suite.compleet("problem " + status,
                client.getObjectMapper().readValue(e.getResponseBody(), Problem.class));
        assertEquals(status, problem.getStatus());
        assertNotEquals(null, problem.getTitle());
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(basis);
        client.setObjectMapper(Suite.strikt(client.getObjectMapper()));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    // ---- Models: every generated model class this story names is here ----

    private static InitiatiefRequest nieuw(String titel) {
        return new InitiatiefRequest()
                .gemeente(GEMEENTE)
                .titel(titel)
                .doel("De gezondheid van jongeren verbeteren")
                .activiteit("3 sportveldjes realiseren")
                .schaal(InitiatiefRequest.SchaalEnum.DORP_WIJK)
                .initiatiefnemer(new InitiatiefnemerRequest()
                        .type(InitiatiefnemerRequest.TypeEnum.GEMEENTE).naam("Gemeente Buren"));
    }

    private static InitiatiefWijziging wijziging(String titel) {
        return new InitiatiefWijziging()
                .titel(titel)
                .doel("De gezondheid van jongeren verbeteren")
                .activiteit("3 sportveldjes en een pannakooi realiseren")
                .schaal(InitiatiefWijziging.SchaalEnum.DORP_WIJK)
                .initiatiefnemer(new InitiatiefnemerRequest()
                        .type(InitiatiefnemerRequest.TypeEnum.GEMEENTE).naam("Gemeente Buren"));
    }

    private static StatuswijzigingRequest statuswijziging(String naar) {
        return new StatuswijzigingRequest().status(StatuswijzigingRequest.StatusEnum.fromValue(naar));
    }
}
