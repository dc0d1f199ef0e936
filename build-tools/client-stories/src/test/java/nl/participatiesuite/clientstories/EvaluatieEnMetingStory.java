package nl.participatiesuite.clientstories;

import static nl.participatiesuite.clientstories.Suite.GEMEENTE;
import static nl.participatiesuite.clientstories.Suite.etag;
import static nl.participatiesuite.clientstories.Suite.locatie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.client.evaluation.ApiClient;
import nl.participatiesuite.client.evaluation.api.BurgerpeilingApi;
import nl.participatiesuite.client.evaluation.api.EvaluatiesApi;
import nl.participatiesuite.client.registry.api.InitiatievenApi;
// The generated model classes this story names: all in the section "Models" below.
import nl.participatiesuite.client.evaluation.model.DoelUitkomstRequest;
import nl.participatiesuite.client.evaluation.model.EvaluatieRequest;
import nl.participatiesuite.client.evaluation.model.LesRequest;
import nl.participatiesuite.client.evaluation.model.MetingRequest;
import nl.participatiesuite.client.registry.model.InitiatiefRequest;
import nl.participatiesuite.client.registry.model.InitiatiefnemerRequest;
import org.junit.jupiter.api.Test;

/**
 * Story 3 (evaluation-service), only through the clients generated from the committed contracts: a medewerker writes
 * the samenwerkingsverslag (evaluatie) of an initiatief the registry knows, a beheerder records a meting of a
 * burgerpeiling stelling of the gemeente; each Location resolves through the generated GET and each is read with its
 * ETag.
 */
class EvaluatieEnMetingStory {

    private final String basis = Suite.url("evaluation");
    private final ApiClient medewerkerClient = client(Suite.token("medewerker"));
    private final ApiClient beheerderClient = client(Suite.token("beheerder"));

    @Test
    void eenEvaluatieVanEenInitiatief() throws Exception {
        EvaluatiesApi evaluaties = new EvaluatiesApi(medewerkerClient);
        UUID initiatief = nieuwInitiatief();

        var vastgelegd = evaluaties.evaluatieResourceCreateWithHttpInfo(evaluatie(initiatief));
        Suite.compleet("vastgelegd", vastgelegd.getData());
        String etag = etag("POST /evaluaties", 201, vastgelegd.getStatusCode(), vastgelegd.getHeaders());
        UUID id = vastgelegd.getData().getId();
        assertNotNull(id);
        assertEquals(List.of(id), locatie("POST /evaluaties", vastgelegd.getHeaders(), basis, "/evaluaties/{id}"));
        assertEquals(initiatief, vastgelegd.getData().getInitiatiefId());
        assertEquals(GEMEENTE, vastgelegd.getData().getGemeente(), "the gemeente comes from the registry's initiatief");

        var gelezen = evaluaties.evaluatieResourceGetWithHttpInfo(id, null);
        Suite.compleet("gelezen", gelezen.getData());
        assertEquals(etag, etag("GET Location", 200, gelezen.getStatusCode(), gelezen.getHeaders()));
        assertEquals(id, gelezen.getData().getId());
        assertEquals(initiatief, gelezen.getData().getInitiatiefId());
        assertEquals(1, gelezen.getData().getDoelen().size());
    }

    @Test
    void eenMetingVanEenStelling() throws Exception {
        BurgerpeilingApi burgerpeiling = new BurgerpeilingApi(beheerderClient);
        // A stelling of the gemeente's burgerpeiling (public list; the demo data has Buren's).
        var stellingen = burgerpeiling.stellingResourceListWithHttpInfo(GEMEENTE, 1, 100);
        Suite.compleet("stellingen", stellingen.getData());
        assertEquals(200, stellingen.getStatusCode());
        assertFalse(stellingen.getData().getItems().isEmpty(), "the gemeente " + GEMEENTE + " has no stellingen");
        UUID stelling = stellingen.getData().getItems().get(0).getId();

        // One meting per year: the latest year without one.
        Set<Integer> jaren = new HashSet<>();
        for (int pagina = 1; ; pagina++) {
            var metingen = burgerpeiling.metingResourceListWithHttpInfo(stelling, pagina, 100);
            Suite.compleet("metingen", metingen.getData());
            assertEquals(200, metingen.getStatusCode());
            metingen.getData().getItems().forEach(m -> jaren.add(m.getJaar()));
            if (pagina >= metingen.getData().getTotalPages()) {
                break;
            }
        }
        int jaar = Year.now().getValue();
        while (jaren.contains(jaar)) {
            jaar--;
        }
        assertTrue(jaar >= 1990, "no free year left for a meting of stelling " + stelling);

        var vastgelegd = burgerpeiling.metingResourceCreateWithHttpInfo(stelling, meting(jaar));
        Suite.compleet("vastgelegd", vastgelegd.getData());
        String etag = etag("POST /stellingen/{id}/metingen", 201, vastgelegd.getStatusCode(), vastgelegd.getHeaders());
        UUID id = vastgelegd.getData().getId();
        List<UUID> ids = locatie("POST /stellingen/{id}/metingen", vastgelegd.getHeaders(), basis,
                "/stellingen/{stellingId}/metingen/{id}");
        assertEquals(List.of(stelling, id), ids);

        var gelezen = burgerpeiling.metingResourceGetWithHttpInfo(ids.get(1), ids.get(0), null);
        Suite.compleet("gelezen", gelezen.getData());
        assertEquals(etag, etag("GET Location", 200, gelezen.getStatusCode(), gelezen.getHeaders()));
        assertEquals(id, gelezen.getData().getId());
        assertEquals(stelling, gelezen.getData().getStellingId());
        assertEquals(jaar, gelezen.getData().getJaar());
        assertEquals(0, new BigDecimal("7.5").compareTo(gelezen.getData().getWaarde()));
        assertEquals(0, new BigDecimal("-0.5").compareTo(gelezen.getData().getVerschilMetBenchmark()));
    }

    /** The initiatief the evaluatie is about, submitted at the registry through its own generated client. */
    private UUID nieuwInitiatief() throws Exception {
        nl.participatiesuite.client.registry.ApiClient registry = new nl.participatiesuite.client.registry.ApiClient();
        registry.updateBaseUri(Suite.url("registry"));
        registry.setObjectMapper(Suite.strikt(registry.getObjectMapper()));
        String token = Suite.token("medewerker");
        registry.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        var aangemaakt = new InitiatievenApi(registry).initiatiefResourceCreateWithHttpInfo(initiatief());
        Suite.compleet("aangemaakt", aangemaakt.getData());
        assertEquals(201, aangemaakt.getStatusCode());
        return aangemaakt.getData().getId();
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(basis);
        client.setObjectMapper(Suite.strikt(client.getObjectMapper()));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    // ---- Models: every generated model class this story names is here ----

    private static InitiatiefRequest initiatief() {
        return new InitiatiefRequest()
                .gemeente(GEMEENTE)
                .titel("Dorpsfeest Zoelen (client story " + UUID.randomUUID() + ")")
                .doel("Inwoners van Zoelen met elkaar verbinden")
                .activiteit("Een dorpsfeest op het kerkplein")
                .schaal(InitiatiefRequest.SchaalEnum.DORP_WIJK)
                .initiatiefnemer(new InitiatiefnemerRequest()
                        .type(InitiatiefnemerRequest.TypeEnum.ORGANISATIE).naam("Dorpsbelang Zoelen"));
    }

    private static EvaluatieRequest evaluatie(UUID initiatief) {
        return new EvaluatieRequest()
                .initiatiefId(initiatief)
                .addDoelenItem(new DoelUitkomstRequest()
                        .omschrijving("Een dorpsfeest met alle verenigingen")
                        .resultaat(DoelUitkomstRequest.ResultaatEnum.BEHAALD))
                .addLeerpuntenItem(new LesRequest().tekst("Jongeren eerder betrekken").inRegels(false))
                .gerealiseerdNiveau(EvaluatieRequest.GerealiseerdNiveauEnum.ADVISEREN)
                .gedeeld(false);
    }

    private static MetingRequest meting(int jaar) {
        return new MetingRequest().jaar(jaar).waarde(new BigDecimal("7.5")).benchmark(new BigDecimal("8.0"));
    }
}
