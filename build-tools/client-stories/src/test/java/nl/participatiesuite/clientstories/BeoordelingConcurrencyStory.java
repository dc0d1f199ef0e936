package nl.participatiesuite.clientstories;

import static nl.participatiesuite.clientstories.Suite.GEMEENTE;
import static nl.participatiesuite.clientstories.Suite.etag;
import static nl.participatiesuite.clientstories.Suite.locatie;
import static nl.participatiesuite.clientstories.Suite.versie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.client.assessment.ApiClient;
import nl.participatiesuite.client.assessment.ApiException;
import nl.participatiesuite.client.assessment.api.BeoordelingenApi;
// The generated model classes this story names: all in the section "Models" below.
import nl.participatiesuite.client.assessment.model.BelanghebbendeRequest;
import nl.participatiesuite.client.assessment.model.BeoordelingRequest;
import nl.participatiesuite.client.assessment.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Story 2 (assessment-service), only through the client generated from the committed contract: a medewerker stores a
 * beoordeling, follows its Location and reads it with its ETag, updates it with the right If-Match (a new ETag), and
 * an update based on the stale ETag is refused with a 412 problem — as the generated client surfaces it.
 */
class BeoordelingConcurrencyStory {

    private final String basis = Suite.url("assessment");
    private final ApiClient client = client(Suite.token("medewerker"));
    private final BeoordelingenApi medewerker = new BeoordelingenApi(client);

    @Test
    void eenBeoordelingMetOptimistischeConcurrency() throws Exception {
        // Store: 201, the version as ETag, the Location of the new beoordeling.
        var opgeslagen = medewerker.beoordelingResourceCreateWithHttpInfo(plan(3));
        Suite.compleet("opgeslagen", opgeslagen.getData());
        String etag = etag("POST /beoordelingen", 201, opgeslagen.getStatusCode(), opgeslagen.getHeaders());
        UUID id = opgeslagen.getData().getId();
        assertNotNull(id);
        assertEquals(List.of(id), locatie("POST /beoordelingen", opgeslagen.getHeaders(), basis, "/beoordelingen/{id}"));
        assertNotNull(opgeslagen.getData().getUitkomst(), "a stored beoordeling carries its outcome");

        // Follow the Location: the same beoordeling, the same version.
        var gelezen = medewerker.beoordelingResourceGetWithHttpInfo(id, null);
        Suite.compleet("gelezen", gelezen.getData());
        assertEquals(etag, etag("GET Location", 200, gelezen.getStatusCode(), gelezen.getHeaders()));
        assertEquals(id, gelezen.getData().getId());
        assertEquals(GEMEENTE, gelezen.getData().getGemeente());

        // Update with the right If-Match: 200, recomputed, a new (higher) ETag.
        var bijgewerkt = medewerker.beoordelingResourceUpdateWithHttpInfo(id, etag, plan(5));
        Suite.compleet("bijgewerkt", bijgewerkt.getData());
        String nieuw = etag("PUT If-Match " + etag, 200, bijgewerkt.getStatusCode(), bijgewerkt.getHeaders());
        assertTrue(versie(nieuw) > versie(etag), "PUT must raise the version: " + etag + " -> " + nieuw);
        assertEquals(id, bijgewerkt.getData().getId());

        // Update with the stale ETag: 412 application/problem+json, as the generated client surfaces it.
        ApiException verouderd = assertThrows(ApiException.class,
                () -> medewerker.beoordelingResourceUpdateWithHttpInfo(id, etag, plan(1)));
        assertEquals(412, verouderd.getCode(), "PUT with the stale If-Match " + etag + ": " + verouderd.getResponseBody());
        assertTrue(verouderd.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"), "the 412 is a problem: " + verouderd.getResponseHeaders().map());
        Problem problem = Suite.compleet("412", client.getObjectMapper()
                .readValue(verouderd.getResponseBody(), Problem.class));
        assertEquals(412, problem.getStatus());
        assertNotNull(problem.getTitle());

        // An invalid plan: one 400 problem naming the field with a documented invalidParams code.
        ApiException ongeldig = assertThrows(ApiException.class,
                () -> medewerker.beoordelingResourceUpdateWithHttpInfo(id, nieuw, plan(5).gemeenteMoetBeslissen(null)));
        assertEquals(400, ongeldig.getCode(), ongeldig.getResponseBody());
        Problem invoer = Suite.compleet("400",
                client.getObjectMapper().readValue(ongeldig.getResponseBody(), Problem.class));
        assertEquals(List.of("gemeenteMoetBeslissen required"), invoer.getInvalidParams().stream()
                .map(p -> p.getName() + " " + p.getCode()).toList());

        // Nothing of the refused updates was stored: the version read is still the one of the right update.
        var daarna = medewerker.beoordelingResourceGetWithHttpInfo(id, null);
        Suite.compleet("daarna", daarna.getData());
        assertEquals(nieuw, etag("GET after the 412", 200, daarna.getStatusCode(), daarna.getHeaders()));
        assertEquals(bijgewerkt.getData().getIntensiteit(), daarna.getData().getIntensiteit());
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(basis);
        client.setObjectMapper(Suite.strikt(client.getObjectMapper()));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    // ---- Models: every generated model class this story names is here ----

    /** The README's plan (sportveldjes for jongeren) without initiatief or kern, with {@code omvang} 0..6. */
    private static BeoordelingRequest plan(int omvang) {
        return new BeoordelingRequest()
                .gemeente(GEMEENTE)
                .doel("De gezondheid van jongeren verbeteren")
                .activiteit("3 sportveldjes realiseren")
                .initiatiefnemer(BeoordelingRequest.InitiatiefnemerEnum.GEMEENTE)
                .schaal(BeoordelingRequest.SchaalEnum.DORP_WIJK)
                .ruimte(true).belangen(true).tijd(true)
                .omvang(omvang).maatschappelijkBelang(2).maatschappelijkeBijdrage(4)
                .addBelanghebbendenItem(new BelanghebbendeRequest()
                        .naam("Jongeren uit de wijk").belang("Plek om te sporten").weging(5).pastBijBelang(true)
                        .gevolgen(BelanghebbendeRequest.GevolgenEnum.POSITIEF)
                        .gewensteInbreng(BelanghebbendeRequest.GewensteInbrengEnum.MEEDOEN))
                .addBelanghebbendenItem(new BelanghebbendeRequest()
                        .naam("Omwonenden van de veldjes").belang("Rust").weging(3).pastBijBelang(false)
                        .gevolgen(BelanghebbendeRequest.GevolgenEnum.NEGATIEF))
                .kaders("Budget 150.000 euro; veldjes op gemeentegrond")
                .gemeenteMoetBeslissen(false); // required with initiatiefnemer GEMEENTE (the contract says so in prose)
    }
}
