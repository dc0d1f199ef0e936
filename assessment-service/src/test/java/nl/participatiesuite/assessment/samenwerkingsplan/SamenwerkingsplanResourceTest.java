package nl.participatiesuite.assessment.samenwerkingsplan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.dokument.AxeControle;
import nl.participatiesuite.apirules.dokument.PdfAControle;
import nl.participatiesuite.apirules.dokument.PdfTekst;
import nl.participatiesuite.apirules.dokument.Testdocumenten;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.Beveiliging;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The samenwerkingsplan (domain.md §6) of the seed's sportveldjes: its planning (stored, versioned, validated), and
 * the document in its three representations from the same data, who may read it, and its quality: PDF/A-2 by veraPDF,
 * the text read back with PDFBox, and the HTML through axe-core (WCAG 2.1 AA).
 */
@QuarkusTest
public class SamenwerkingsplanResourceTest extends ApiTest {

    static final String JONGEREN = "Jongeren uit de wijk";
    static final String OMWONENDEN = "Omwonenden van de veldjes";
    static final String VERENIGING = "Sportvereniging";

    public static Map<String, Object> planning() {
        return Map.of(
                "activiteiten", List.of(
                        Map.of("belanghebbende", JONGEREN, "werkvorm", "Workshop",
                                "wanneer", Map.of("vanaf", "2027-03-01", "totEnMet", "2027-03-31")),
                        Map.of("belanghebbende", OMWONENDEN, "werkvorm", "Keukentafelgesprekken",
                                "toelichting", "Per straat, bij een van de bewoners thuis",
                                "wanneer", Map.of("vanaf", "2027-02-15")),
                        Map.of("belanghebbende", VERENIGING, "werkvorm", "Nieuwsbrief",
                                "wanneer", Map.of("vanaf", "2027-02-01", "totEnMet", "2027-06-30"))),
                "communicatie", List.of(
                        Map.of("informatiemiddel", "Huis-aan-huisblad", "doelgroep", "Alle inwoners van de wijk",
                                "moment", Map.of("vanaf", "2027-01-20"))));
    }

    /** A stored sportveldjes-beoordeling with a kern whose kernambtenaar is {@link Persoonsgegevens}, and its planning. */
    static String planMetPlanning(String gemeente) {
        String id = Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente);
        api().header("If-Match", "\"0\"").body(planning()).put("/beoordelingen/" + id + "/planning").then().statusCode(200);
        return id;
    }

    @Test
    void dePlanningWordtMetDeBeoordelingBewaardEnVersioneerd() {
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(TestData.nieuweGemeente()));
        String pad = "/beoordelingen/" + id + "/planning";
        api().get(pad).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("activiteiten", hasSize(0)).body("communicatie", hasSize(0));

        api().body(planning()).put(pad).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"7\"").body(planning()).put(pad).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(planning()).put(pad).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("beoordelingId", equalTo(id))
                .body("activiteiten.belanghebbende", contains(JONGEREN, OMWONENDEN, VERENIGING))
                // Workshop is in the matrix for MEEDOEN at DORP_WIJK; the kitchen-table talks are the team's own.
                .body("activiteiten.uitMatrix", contains(true, false, true))
                .body("activiteiten[0].wanneer.totEnMet", equalTo("2027-03-31"))
                .body("communicatie[0].informatiemiddel", equalTo("Huis-aan-huisblad"));
        api().get("/beoordelingen/" + id).then().header("ETag", equalTo("\"1\""));
        api().get(pad).then().body("activiteiten[1].toelichting", equalTo("Per straat, bij een van de bewoners thuis"));
    }

    @Test
    void eenOnbekendeBelanghebbendeEnEenAflopendePeriodeZijnOngeldig() {
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(TestData.nieuweGemeente()));
        String pad = "/beoordelingen/" + id + "/planning";
        Map<String, Object> onbekend = Map.of("activiteiten", List.of(
                Map.of("belanghebbende", JONGEREN, "werkvorm", "Workshop", "wanneer", Map.of("vanaf", "2027-03-01")),
                Map.of("belanghebbende", "Winkeliers", "werkvorm", "Workshop", "wanneer", Map.of("vanaf", "2027-03-01"))));
        api().header("If-Match", "\"0\"").body(onbekend).put(pad).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams", hasSize(1))
                .body("invalidParams[0].name", equalTo("activiteiten[1].belanghebbende"))
                .body("invalidParams[0].code", equalTo("unknown"))
                .body("invalidParams[0].reason", containsString("Winkeliers"));

        Map<String, Object> aflopend = Map.of("communicatie", List.of(Map.of("informatiemiddel", "Nieuwsbrief",
                "doelgroep", "Inwoners", "moment", Map.of("vanaf", "2027-03-01", "totEnMet", "2027-02-01"))));
        api().header("If-Match", "\"0\"").body(aflopend).put(pad).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("communicatie[0].moment.totEnMet"))
                .body("invalidParams[0].code", equalTo("inconsistent"));
        Map<String, Object> zelfdeDag = Map.of("communicatie", List.of(Map.of("informatiemiddel", "Nieuwsbrief",
                "doelgroep", "Inwoners", "moment", Map.of("vanaf", "2027-03-01", "totEnMet", "2027-03-01"))));
        api().header("If-Match", "\"0\"").body(zelfdeDag).put(pad).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("inconsistent"));
        // Nothing was stored by the refusals.
        api().get(pad).then().header("ETag", equalTo("\"0\"")).body("communicatie", hasSize(0));
    }

    @Test
    void alsJsonHetHelePlanAlsGegevens() {
        String gemeente = TestData.nieuweGemeente();
        String id = planMetPlanning(gemeente);
        api(Aanroeper.raadpleger(gemeente)).accept("application/json").get("/beoordelingen/" + id + "/samenwerkingsplan")
                .then().statusCode(200).contentType("application/json")
                .body("beoordelingId", equalTo(id))
                .body("gemeente", equalTo(gemeente))
                .body("regelset.naam", equalTo("standaard-1"))
                .body("uitkomst.stap2.intensiteit", equalTo("MIDDEL"))
                .body("belangenanalyse.belanghebbende", contains(JONGEREN, OMWONENDEN, VERENIGING))
                .body("belangenanalyse.niveau", contains("MEEDOEN", "MEEDOEN", "MEEWETEN"))
                .body("belangenanalyse.ladderniveau", contains("COPRODUCEREN", "COPRODUCEREN", "INFORMEREN"))
                .body("belangenanalyse[0].werkvormen", hasItem("Workshop"))
                .body("planning.activiteiten", hasSize(3))
                .body("openPunten.stapTitel", hasItem("Maak een communicatieplan"))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].naam", equalTo(Persoonsgegevens.NAAM));
        // Without Accept the data is the answer too.
        api(Aanroeper.raadpleger(gemeente)).get("/beoordelingen/" + id + "/samenwerkingsplan").then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    void alsHtmlEenToegankelijkePagina() throws IOException {
        String gemeente = TestData.nieuweGemeente();
        String id = planMetPlanning(gemeente);
        String html = api(Aanroeper.raadpleger(gemeente)).accept("text/html")
                .get("/beoordelingen/" + id + "/samenwerkingsplan").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(html.contains("<html lang=\"nl\""), html);
        for (String verwacht : List.of(JONGEREN, OMWONENDEN, VERENIGING, "Keukentafelgesprekken (eigen werkvorm)",
                "2027-03-01 tot en met 2027-03-31", "Huis-aan-huisblad", "COPRODUCEREN", "standaard-1",
                "Gemeente " + gemeente, Persoonsgegevens.NAAM, "<th scope=\"col\">Belanghebbende</th>")) {
            assertTrue(html.contains(verwacht), verwacht + " ontbreekt in\n" + html);
        }
        AxeControle.geenSchendingen(List.of(Testdocumenten.bewaar("samenwerkingsplan.html", html.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void alsPdfArchiefwaardigMetKopOpElkePagina() throws IOException {
        String gemeente = TestData.nieuweGemeente();
        String id = planMetPlanning(gemeente);
        byte[] pdf = api(Aanroeper.raadpleger(gemeente)).accept("application/pdf")
                .get("/beoordelingen/" + id + "/samenwerkingsplan").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("samenwerkingsplan-" + id + ".pdf"))
                .extract().asByteArray();
        Testdocumenten.bewaar("samenwerkingsplan.pdf", pdf);

        assertEquals(List.of(), PdfAControle.overtredingen(pdf));
        List<String> paginas = PdfTekst.perPagina(pdf);
        assertTrue(paginas.size() >= 2, "Een plan met onderbouwing, analyse en planning beslaat meer dan één pagina");
        for (int i = 0; i < paginas.size(); i++) {
            String pagina = paginas.get(i);
            assertTrue(pagina.contains("Gemeente " + gemeente), "gemeente op pagina " + (i + 1) + ": " + pagina);
            assertTrue(pagina.contains("regelset standaard-1"), "regelset op pagina " + (i + 1) + ": " + pagina);
            assertTrue(pagina.matches(".*opgemaakt op \\d{4}-\\d{2}-\\d{2}.*"), "datum op pagina " + (i + 1) + ": " + pagina);
            assertTrue(pagina.contains("Pagina " + (i + 1) + " van " + paginas.size()), "paginanummer op " + (i + 1) + ": " + pagina);
        }
        String tekst = PdfTekst.geheel(pdf);
        for (String verwacht : List.of(JONGEREN, OMWONENDEN, VERENIGING, "MEEDOEN", "MEEWETEN", "COPRODUCEREN",
                "INFORMEREN", "Workshop", "Keukentafelgesprekken", "Nieuwsbrief", "Huis-aan-huisblad",
                Persoonsgegevens.NAAM)) {
            assertTrue(tekst.contains(verwacht), verwacht + " ontbreekt in de PDF-tekst:\n" + tekst);
        }
    }

    @Test
    void eenAndereVormIs406EnEenOnbekendePlan404() {
        String gemeente = TestData.nieuweGemeente();
        String id = planMetPlanning(gemeente);
        for (String accept : List.of("text/plain", "application/xml", "image/png", "application/json;q=0")) {
            raw(Aanroeper.raadpleger(gemeente)).accept(accept).get("/beoordelingen/" + id + "/samenwerkingsplan")
                    .then().statusCode(406).contentType("application/problem+json")
                    .body("status", equalTo(406))
                    .body("detail", containsString("application/pdf"));
        }
        // Wildcards choose: any type gives the data, any text the page.
        raw(Aanroeper.raadpleger(gemeente)).accept("*/*").get("/beoordelingen/" + id + "/samenwerkingsplan")
                .then().statusCode(200).contentType("application/json");
        raw(Aanroeper.raadpleger(gemeente)).accept("text/*").get("/beoordelingen/" + id + "/samenwerkingsplan")
                .then().statusCode(200).contentType(startsWith("text/html"));
        for (String accept : List.of("application/json", "text/html", "application/pdf")) {
            api(Aanroeper.raadpleger(gemeente)).accept(accept)
                    .get("/beoordelingen/00000000-0000-4000-8000-000000000000/samenwerkingsplan")
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    /**
     * A beoordeling is not public (domain.md §4): without a token 401, from another gemeente 403, in every
     * representation, and no personal data in the refusal. The gemeente's own people see the kernambtenaar.
     */
    @Test
    void alleenDeEigenGemeenteLeestHetPlan() {
        String gemeente = TestData.nieuweGemeente();
        String id = planMetPlanning(gemeente);
        for (String accept : List.of("application/json", "text/html", "application/pdf")) {
            String anoniem = api(Aanroeper.ANONIEM).accept(accept).get("/beoordelingen/" + id + "/samenwerkingsplan")
                    .then().statusCode(401).contentType("application/problem+json").extract().asString();
            assertFalse(Persoonsgegevens.in(anoniem), anoniem);
            String andere = api(Aanroeper.beheerder("GM0998")).accept(accept)
                    .get("/beoordelingen/" + id + "/samenwerkingsplan")
                    .then().statusCode(403).contentType("application/problem+json").extract().asString();
            assertFalse(Persoonsgegevens.in(andere), andere);
        }
        api(Aanroeper.raadpleger("GM0998")).get("/beoordelingen/" + id + "/planning").then().statusCode(403);
        api(Aanroeper.raadpleger(gemeente)).header("If-Match", "\"1\"").body(planning())
                .put("/beoordelingen/" + id + "/planning").then().statusCode(403);
        api(Aanroeper.medewerker("GM0998")).header("If-Match", "\"1\"").body(planning())
                .put("/beoordelingen/" + id + "/planning").then().statusCode(403);
        // After erasure (AVG art. 17) the kernambtenaar is gone from the document as well.
        api().post("/beoordelingen/" + id + "/_wissen").then().statusCode(200);
        byte[] pdf = api(Aanroeper.raadpleger(gemeente)).accept("application/pdf")
                .get("/beoordelingen/" + id + "/samenwerkingsplan").then().statusCode(200).extract().asByteArray();
        assertFalse(Persoonsgegevens.in(PdfTekst.geheel(pdf)));
    }

    /**
     * Verplichte participatie (domain.md §6): the gemeente's rule set lists the raad's cases, a beoordeling names the
     * one its plan falls under, the outcome says so with the besluit, and the plan says so on its first page.
     */
    @Test
    void verplichteParticipatieStaatOpDeEerstePagina() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> regels = new java.util.LinkedHashMap<>(
                api().get("/regelsets/standaard").then().statusCode(200).extract().path("regels"));
        regels.put("verplichteParticipatie", List.of(Map.of("code", "WINDTURBINE", "omschrijving", "Windturbine",
                "besluit", "Raadsbesluit 2024-118", "besluitdatum", "2024-11-28")));
        api().body(Map.of("gemeente", gemeente, "regels", regels)).post("/regelsets").then().statusCode(201)
                .body("regels.verplichteParticipatie[0].code", equalTo("WINDTURBINE"));

        Map<String, Object> onbekend = new java.util.LinkedHashMap<>(TestData.sportveldjes(gemeente));
        onbekend.put("verplichteParticipatie", List.of("WINDTURBINE", "KERNCENTRALE"));
        api().body(onbekend).post("/beoordelingen").then().statusCode(400)
                .body("invalidParams.name", contains("verplichteParticipatie[1]"))
                .body("invalidParams[0].reason", containsString("WINDTURBINE"));

        Map<String, Object> plan = new java.util.LinkedHashMap<>(TestData.sportveldjes(gemeente));
        plan.put("verplichteParticipatie", List.of("WINDTURBINE"));
        String id = api().body(plan).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.verplichteParticipatie.participatieVerplicht", equalTo(true))
                .body("uitkomst.verplichteParticipatie.gevallen[0].besluit", equalTo("Raadsbesluit 2024-118"))
                .body("uitkomst.verplichteParticipatie.gevallen[0].besluitdatum", equalTo("2024-11-28"))
                .body("invoer.verplichteParticipatie", contains("WINDTURBINE"))
                .extract().path("id");
        // The list shows it too: the evaluation-service takes it over into the samenwerkingsverslag.
        api().queryParam("gemeente", gemeente).get("/beoordelingen").then().statusCode(200)
                .body("items[0].verplichteParticipatie.participatieVerplicht", equalTo(true))
                .body("items[0].verplichteParticipatie.gevallen[0].code", equalTo("WINDTURBINE"));
        byte[] pdf = api().accept("application/pdf").get("/beoordelingen/" + id + "/samenwerkingsplan").then()
                .statusCode(200).extract().asByteArray();
        String eerste = PdfTekst.perPagina(pdf).get(0);
        assertTrue(eerste.contains("Participatie is verplicht"), eerste);
        assertTrue(eerste.contains("Windturbine (WINDTURBINE) — besluit Raadsbesluit 2024-118 van 2024-11-28"), eerste);

        // The default rule set designates nothing: the plan of another gemeente is not mandatory.
        api().get("/regelsets/standaard").then().body("regels.verplichteParticipatie", hasSize(0));
        String gewoon = TestData.nieuweBeoordeling(TestData.sportveldjes(TestData.nieuweGemeente()));
        api().get("/beoordelingen/" + gewoon).then()
                .body("uitkomst.verplichteParticipatie.participatieVerplicht", equalTo(false));
    }
}
