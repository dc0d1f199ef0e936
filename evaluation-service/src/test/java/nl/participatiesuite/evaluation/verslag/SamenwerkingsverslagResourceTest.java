package nl.participatiesuite.evaluation.verslag;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.dokument.AxeControle;
import nl.participatiesuite.apirules.dokument.PdfAControle;
import nl.participatiesuite.apirules.dokument.PdfTekst;
import nl.participatiesuite.apirules.dokument.Testdocumenten;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The samenwerkingsverslag (domain.md §6) in its three representations from the same data, its participatieparagraaf,
 * who may read it and what they see of the opsteller (§4), and its quality: PDF/A-2 by veraPDF, the text read back
 * with PDFBox, the HTML through axe-core (WCAG 2.1 AA).
 */
@QuarkusTest
public class SamenwerkingsverslagResourceTest extends ApiTest {

    static final String ANDERE = "GM0997";

    /** A full report of a fresh initiatief of the gemeente, with a beoordeling (so a planned level and rule set). */
    public static Map<String, Object> verslag(String gemeente, boolean gedeeld) {
        UUID initiatief = PeerStubs.initiatief(gemeente, "Speelplek Zoelmond", UUID.randomUUID());
        PeerStubs.beoordeling(initiatief, "COPRODUCEREN");
        Map<String, Object> body = new HashMap<>(TestData.verslag(initiatief));
        body.put("doelen", List.of(
                Map.of("omschrijving", "Een speelplek die kinderen zelf ontwierpen", "resultaat", "BEHAALD"),
                Map.of("omschrijving", "Onderhoud door de buurt", "resultaat", "DEELS",
                        "toelichting", "Twee van de drie straten doen mee")));
        body.put("succesfactoren", List.of(Map.of("tekst", "De kernambtenaar was vanaf het begin aanspreekpunt")));
        body.put("leerpunten", List.of(Map.of("tekst", "Spreek vooraf af wie het onderhoud doet", "inRegels", true)));
        body.put("knelpunten", List.of(Map.of("tekst", "De levering van de toestellen liep vertraging op")));
        body.put("terugkoppeling", Map.of("gegeven", true, "hoe", "Bewonersavond en nieuwsbrief", "wanneer", "2026-06-15"));
        body.put("deelnemersoordelen", List.of(Map.of("groep", "INWONERS", "score", 8, "opmerking", "Goed geregeld"),
                Map.of("groep", "INITIATIEFNEMERS", "score", 7)));
        body.put("gerealiseerdNiveau", "COPRODUCEREN");
        body.put("werkvormen", List.of(Map.of("werkvorm", "Workshop", "schaal", "DORP_WIJK", "waardering", 5),
                Map.of("werkvorm", "Nieuwsbrief", "schaal", "DORP_WIJK", "waardering", 3)));
        body.put("valkuilen", List.of("ONVOLDOENDE_ORGANISATIE"));
        body.put("gedeeld", gedeeld);
        body.put("opsteller", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL));
        return body;
    }

    static String pad(String id) {
        return "/evaluaties/" + id + "/samenwerkingsverslag";
    }

    @Test
    void alsJsonHetHeleVerslagMetParticipatieparagraaf() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuwVerslag(verslag(gemeente, false));
        api(Aanroeper.raadpleger(gemeente)).accept("application/json").get(pad(id)).then().statusCode(200)
                .contentType("application/json")
                .body("evaluatieId", equalTo(id))
                .body("gemeente", equalTo(gemeente))
                .body("regelsetVersie", equalTo("standaard-1"))
                .body("initiatiefTitel", equalTo("Speelplek Zoelmond"))
                .body("participatiebelofte.geplandNiveau", equalTo("COPRODUCEREN"))
                .body("participatiebelofte.belofteNagekomen", equalTo(true))
                .body("participatieparagraaf.participatie", equalTo(true))
                .body("participatieparagraaf.hoe", containsString("COPRODUCEREN"))
                .body("participatieparagraaf.hoe", containsString("Workshop, Nieuwsbrief"))
                .body("participatieparagraaf.resultaat", equalTo(
                        "Van de 2 doelen zijn er 1 behaald, 1 deels en 0 niet; de deelnemers gaven gemiddeld een 7,5 (2 groepen)."))
                .body("doelen.size()", equalTo(2))
                .body("leerpunten[0].inRegels", equalTo(true))
                .body("opsteller.naam", equalTo(Persoonsgegevens.NAAM));
        api(Aanroeper.raadpleger(gemeente)).get("/evaluaties/" + id + "/participatieparagraaf").then().statusCode(200)
                .body("participatie", equalTo(true))
                .body("resultaat", containsString("7,5"));
    }

    @Test
    void alsHtmlEenToegankelijkePagina() throws IOException {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuwVerslag(verslag(gemeente, false));
        String html = api(Aanroeper.raadpleger(gemeente)).accept("text/html").get(pad(id)).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(html.contains("<html lang=\"nl\""), html);
        for (String verwacht : List.of("Participatieparagraaf", "Speelplek Zoelmond", "Workshop", "ONVOLDOENDE_ORGANISATIE",
                "Bewonersavond en nieuwsbrief", "regelset standaard-1", Persoonsgegevens.NAAM)) {
            assertTrue(html.contains(verwacht), verwacht + " ontbreekt in\n" + html);
        }
        AxeControle.geenSchendingen(List.of(Testdocumenten.bewaar("samenwerkingsverslag.html", html.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void alsPdfArchiefwaardigMetKopOpElkePagina() throws IOException {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuwVerslag(verslag(gemeente, false));
        byte[] pdf = api(Aanroeper.raadpleger(gemeente)).accept("application/pdf").get(pad(id)).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Testdocumenten.bewaar("samenwerkingsverslag.pdf", pdf);

        assertEquals(List.of(), PdfAControle.overtredingen(pdf));
        List<String> paginas = PdfTekst.perPagina(pdf);
        for (int i = 0; i < paginas.size(); i++) {
            String pagina = paginas.get(i);
            assertTrue(pagina.contains("Gemeente " + gemeente), "gemeente op pagina " + (i + 1) + ": " + pagina);
            assertTrue(pagina.contains("regelset standaard-1"), "regelset op pagina " + (i + 1) + ": " + pagina);
            assertTrue(pagina.matches(".*opgemaakt op \\d{4}-\\d{2}-\\d{2}.*"), "datum op pagina " + (i + 1) + ": " + pagina);
            assertTrue(pagina.contains("Pagina " + (i + 1) + " van " + paginas.size()), "paginanummer op " + (i + 1) + ": " + pagina);
        }
        assertTrue(paginas.get(0).contains("Participatieparagraaf"), "de paragraaf staat op de eerste pagina");
        String tekst = PdfTekst.geheel(pdf);
        for (String verwacht : List.of("Speelplek Zoelmond", "Een speelplek die kinderen zelf ontwierpen", "DEELS",
                "Workshop", "Nieuwsbrief", "COPRODUCEREN", "INWONERS", "Spreek vooraf af wie het onderhoud doet",
                "ONVOLDOENDE_ORGANISATIE", Persoonsgegevens.NAAM)) {
            assertTrue(tekst.contains(verwacht), verwacht + " ontbreekt in de PDF-tekst:\n" + tekst);
        }
    }

    /**
     * A shared report is for everyone (an initiator attaches it to an application, other gemeenten learn from it),
     * but only its own gemeente sees who wrote it — in all three representations.
     */
    @Test
    void eenGedeeldVerslagZonderOpstellerVoorAnoniemEnAndereGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuwVerslag(verslag(gemeente, true));
        for (Aanroeper vreemde : List.of(Aanroeper.ANONIEM, Aanroeper.beheerder(ANDERE))) {
            api(vreemde).accept("application/json").get(pad(id)).then().statusCode(200)
                    .body("$", not(hasKey("opsteller")))
                    .body("participatieparagraaf.participatie", equalTo(true));
            String html = api(vreemde).accept("text/html").get(pad(id)).then().statusCode(200).extract().asString();
            assertFalse(Persoonsgegevens.in(html), html);
            assertTrue(html.contains("Speelplek Zoelmond"));
            byte[] pdf = api(vreemde).accept("application/pdf").get(pad(id)).then().statusCode(200).extract().asByteArray();
            String tekst = PdfTekst.geheel(pdf);
            assertFalse(Persoonsgegevens.in(tekst), tekst);
            assertTrue(tekst.contains("Participatieparagraaf"), tekst);
            String paragraaf = api(vreemde).get("/evaluaties/" + id + "/participatieparagraaf").then().statusCode(200)
                    .extract().asString();
            assertFalse(Persoonsgegevens.in(paragraaf), paragraaf);
        }
        String eigen = api(Aanroeper.raadpleger(gemeente)).accept("text/html").get(pad(id)).then().statusCode(200)
                .extract().asString();
        assertTrue(eigen.contains(Persoonsgegevens.NAAM) && eigen.contains(Persoonsgegevens.EMAIL), eigen);
    }

    @Test
    void eenNietGedeeldVerslagAlleenVoorDeEigenGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuwVerslag(verslag(gemeente, false));
        for (String accept : List.of("application/json", "text/html", "application/pdf")) {
            String anoniem = api(Aanroeper.ANONIEM).accept(accept).get(pad(id)).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"))
                    .extract().asString();
            assertFalse(Persoonsgegevens.in(anoniem), anoniem);
            String andere = api(Aanroeper.beheerder(ANDERE)).accept(accept).get(pad(id)).then().statusCode(403)
                    .contentType("application/problem+json").extract().asString();
            assertFalse(Persoonsgegevens.in(andere), andere);
        }
        api(Aanroeper.ANONIEM).get("/evaluaties/" + id + "/participatieparagraaf").then().statusCode(401);
        api(Aanroeper.raadpleger(ANDERE)).get("/evaluaties/" + id + "/participatieparagraaf").then().statusCode(403);
        api(Aanroeper.raadpleger(gemeente)).accept("application/pdf").get(pad(id)).then().statusCode(200);
    }

    @Test
    void eenAndereVormIs406EnEenOnbekendVerslag404() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuwVerslag(verslag(gemeente, true));
        for (String accept : List.of("text/plain", "application/xml", "image/png")) {
            raw(Aanroeper.raadpleger(gemeente)).accept(accept).get(pad(id)).then().statusCode(406)
                    .contentType("application/problem+json")
                    .body("detail", containsString("application/pdf"));
        }
        for (String accept : List.of("application/json", "text/html", "application/pdf")) {
            api(Aanroeper.raadpleger(gemeente)).accept(accept)
                    .get(pad("00000000-0000-4000-8000-000000000000")).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        api(Aanroeper.ANONIEM).get("/evaluaties/00000000-0000-4000-8000-000000000000/participatieparagraaf").then()
                .statusCode(404);
    }

    /** A report written before its initiatief had a beoordeling names no rule set, and says so on every page. */
    @Test
    void zonderBeoordelingGeenRegelset() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = new HashMap<>(TestData.verslag(PeerStubs.initiatief(gemeente, "Zonder plan")));
        body.put("gerealiseerdNiveau", "INFORMEREN");
        String id = TestData.nieuwVerslag(body);
        api(Aanroeper.raadpleger(gemeente)).get(pad(id)).then().statusCode(200)
                .body("$", not(hasKey("regelsetVersie")))
                .body("participatieparagraaf.participatie", equalTo(false));
        byte[] pdf = api(Aanroeper.raadpleger(gemeente)).accept("application/pdf").get(pad(id)).then().statusCode(200)
                .extract().asByteArray();
        PdfTekst.perPagina(pdf).forEach(p -> assertTrue(p.contains("regelset geen (zonder beoordeling)"), p));
    }

    /** Verplichte participatie (domain.md §6): taken over from the beoordeling, on the first page of the verslag. */
    @Test
    void verplichteParticipatieUitDeBeoordelingStaatOpDeEerstePagina() {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Windpark Zoelen", UUID.randomUUID());
        PeerStubs.beoordeling(initiatief, "ADVISEREN", List.of(Map.of("code", "WINDTURBINE", "omschrijving", "Windturbine",
                "besluit", "Raadsbesluit 2024-118", "besluitdatum", "2024-11-28")));
        Map<String, Object> body = new HashMap<>(TestData.verslag(initiatief));
        body.put("gerealiseerdNiveau", "ADVISEREN");
        String id = TestData.nieuwVerslag(body);
        api(Aanroeper.raadpleger(gemeente)).get(pad(id)).then().statusCode(200)
                .body("participatieVerplicht", equalTo(true))
                .body("verplichteParticipatie[0].besluit", equalTo("Raadsbesluit 2024-118"))
                .body("verplichteParticipatie[0].besluitdatum", equalTo("2024-11-28"));
        byte[] pdf = api(Aanroeper.raadpleger(gemeente)).accept("application/pdf").get(pad(id)).then().statusCode(200)
                .extract().asByteArray();
        String eerste = PdfTekst.perPagina(pdf).get(0);
        assertTrue(eerste.contains("Participatie was verplicht"), eerste);
        assertTrue(eerste.contains("Windturbine (WINDTURBINE) — besluit Raadsbesluit 2024-118 van 2024-11-28"), eerste);

        // Without designated cases the verslag says nothing about it.
        String gewoon = TestData.nieuwVerslag(verslag(gemeente, false));
        api(Aanroeper.raadpleger(gemeente)).get(pad(gewoon)).then().body("participatieVerplicht", equalTo(false));
    }
}
