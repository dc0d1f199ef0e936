package nl.participatiesuite.registry.uitdaagrecht;

import static nl.participatiesuite.registry.support.UitdaagrechtData.nieuwVerzoek;
import static nl.participatiesuite.registry.support.UitdaagrechtData.stap;
import static nl.participatiesuite.registry.support.UitdaagrechtData.toegekend;
import static nl.participatiesuite.registry.support.UitdaagrechtData.verzoek;
import static nl.participatiesuite.registry.support.UitdaagrechtData.wijziging;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.RegelsetData;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §5 "Ontvankelijkheid" and "Beslistermijn" through the API: herstelverzoeken suspend the term, an unanswered
 * one lets the gemeente put the verzoek BUITEN_BEHANDELING, lists filter on the uiterste beslisdatum, and a verzoek
 * keeps the rule set in force on its ontvangstdatum.
 */
@QuarkusTest
class UitdaagrechtTermijnTest extends ApiTest {

    private static final String PAD = "/uitdaagrechtverzoeken";

    @Inject
    Klok klok;

    private static Map<String, Object> zonderPlan(String gemeente, LocalDate ontvangst) {
        Map<String, Object> body = verzoek(gemeente, ontvangst);
        body.remove("uitvoeringsplan");
        return body;
    }

    private static Map<String, Object> herstel(LocalDate verzondenOp, Integer dagen) {
        Map<String, Object> body = new HashMap<>();
        body.put("verzondenOp", verzondenOp.toString());
        if (dagen != null) {
            body.put("hersteltermijnDagen", dagen);
        }
        body.put("toelichting", "Stuur het uitvoeringsplan mee");
        return body;
    }

    @Test
    void aHerstelverzoekNamesTheMissingPartsAndSuspendsTheTermUntilTheyArrive() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        LocalDate vandaag = klok.vandaag();
        LocalDate ontvangst = vandaag.minusDays(10);
        Map<String, Object> body = zonderPlan(gemeente, ontvangst);
        String id = nieuwVerzoek(body);
        String locatie = api(medewerker).body(herstel(vandaag.minusDays(3), null)).post(PAD + "/" + id + "/herstelverzoeken")
                .then().statusCode(201).header("Location", containsString(PAD + "/" + id + "/herstelverzoeken/"))
                .extract().header("Location");
        api(medewerker).get(locatie.substring(locatie.indexOf(PAD))).then().statusCode(200)
                .body("ontbrekendeOnderdelen", contains("UITVOERINGSPLAN"))
                .body("verzondenOp", equalTo(vandaag.minusDays(3).toString()))
                // The default hersteltermijn: 14 days.
                .body("hersteltermijnTot", equalTo(vandaag.plusDays(11).toString()))
                .body("$", not(hasKey("aangevuldOp")));
        api(medewerker).get(PAD + "/" + id).then().statusCode(200)
                .body("beslistermijn.opgeschort", equalTo(true))
                .body("beslistermijn.opgeschorteDagen", equalTo(3))
                .body("beslistermijn.uitersteBeslisdatum", equalTo(ontvangst.plusWeeks(8).plusDays(3).toString()));
        api(medewerker).get(PAD + "/" + id + "/herstelverzoeken/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        // Only one at a time.
        api(medewerker).body(herstel(vandaag, null)).post(PAD + "/" + id + "/herstelverzoeken").then().statusCode(409)
                .body("type", endsWith("/herstelverzoek-loopt"));
        // The parts arrive (today): the suspension ends, the days so far stay added.
        Map<String, Object> aangevuld = wijziging(verzoek(gemeente, ontvangst));
        api(medewerker).header("If-Match", "\"0\"").body(aangevuld).put(PAD + "/" + id).then().statusCode(200)
                .body("ontvankelijkheid.volledig", equalTo(true))
                .body("beslistermijn.opgeschort", equalTo(false))
                .body("beslistermijn.opgeschorteDagen", equalTo(3));
        api(medewerker).get(PAD + "/" + id + "/herstelverzoeken").then().statusCode(200)
                .body("items.aangevuldOp", contains(vandaag.toString()));
        // Nothing is missing any more: nothing to ask for.
        api(medewerker).body(herstel(vandaag, null)).post(PAD + "/" + id + "/herstelverzoeken").then().statusCode(409)
                .body("type", endsWith("/verzoek-volledig"));
    }

    @Test
    void unansweredInTimeTheGemeenteMayPutTheVerzoekBuitenBehandeling() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        LocalDate vandaag = klok.vandaag();
        LocalDate ontvangst = vandaag.minusDays(40);
        String id = nieuwVerzoek(zonderPlan(gemeente, ontvangst));
        // Not without a herstelverzoek first (Awb 4:5).
        api(medewerker).body(Map.of("status", "BUITEN_BEHANDELING")).post(PAD + "/" + id + "/statuswijzigingen").then()
                .statusCode(409).body("type", endsWith("/hersteltermijn-niet-verstreken"));
        api(medewerker).body(herstel(vandaag.minusDays(30), 7)).post(PAD + "/" + id + "/herstelverzoeken").then()
                .statusCode(201).body("hersteltermijnTot", equalTo(vandaag.minusDays(23).toString()));
        // The suspension ended with the hersteltermijn: 7 days, no more.
        api(medewerker).get(PAD + "/" + id).then()
                .body("ontvankelijkheid.hersteltermijnVerstreken", equalTo(true))
                .body("beslistermijn.opgeschort", equalTo(false))
                .body("beslistermijn.opgeschorteDagen", equalTo(7))
                .body("beslistermijn.uitersteBeslisdatum", equalTo(ontvangst.plusWeeks(8).plusDays(7).toString()));
        api(medewerker).body(Map.of("status", "BUITEN_BEHANDELING", "reden", "Geen uitvoeringsplan ontvangen"))
                .post(PAD + "/" + id + "/statuswijzigingen").then().statusCode(201)
                .body("van", equalTo("INGEDIEND")).body("naar", equalTo("BUITEN_BEHANDELING"));
        api(medewerker).get(PAD + "/" + id).then().body("status", equalTo("BUITEN_BEHANDELING"))
                .body("beslistermijn.termijnOverschreden", equalTo(false))
                .body("ontvankelijkheid.hersteltermijnVerstreken", equalTo(false));
    }

    @Test
    void aSecondHerstelverzoekAddsItsDaysAndStartsAfterTheFirst() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        LocalDate vandaag = klok.vandaag();
        LocalDate ontvangst = vandaag.minusDays(60);
        String id = nieuwVerzoek(zonderPlan(gemeente, ontvangst));
        api(medewerker).body(herstel(vandaag.minusDays(50), 10)).post(PAD + "/" + id + "/herstelverzoeken").then()
                .statusCode(201);
        api(medewerker).body(herstel(vandaag.minusDays(45), 10)).post(PAD + "/" + id + "/herstelverzoeken").then()
                .statusCode(400).body("invalidParams.name", contains("verzondenOp"))
                .body("invalidParams[0].reason", containsString(vandaag.minusDays(40).toString()));
        api(medewerker).body(herstel(ontvangst.minusDays(1), 10)).post(PAD + "/" + id + "/herstelverzoeken").then()
                .statusCode(400).body("invalidParams.name", contains("verzondenOp"));
        api(medewerker).body(herstel(vandaag.minusDays(20), 5)).post(PAD + "/" + id + "/herstelverzoeken").then()
                .statusCode(201);
        api(medewerker).get(PAD + "/" + id).then()
                .body("beslistermijn.opgeschorteDagen", equalTo(15))
                .body("beslistermijn.uitersteBeslisdatum", equalTo(ontvangst.plusWeeks(8).plusDays(15).toString()));
        api(medewerker).get(PAD + "/" + id + "/herstelverzoeken").then().header("X-Total-Count", "2");
        Map<String, Object> fout = new HashMap<>();
        fout.put("verzondenOp", vandaag.plusDays(1).toString());
        fout.put("hersteltermijnDagen", 0);
        fout.put("toelichting", "x".repeat(4001));
        api(medewerker).body(fout).post(PAD + "/" + id + "/herstelverzoeken").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("verzondenOp", "hersteltermijnDagen", "toelichting"));
    }

    @Test
    void noHerstelverzoekAfterTheBesluit() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuwVerzoek(verzoek(gemeente, klok.vandaag()));
        toegekend(gemeente, id, klok.vandaag());
        api(Aanroeper.medewerker(gemeente)).body(Map.of()).post(PAD + "/" + id + "/herstelverzoeken").then().statusCode(409)
                .body("type", endsWith("/verzoek-niet-meer-te-herstellen"));
    }

    @Test
    void listsFilterOnAPastOrNearUitersteBeslisdatum() {
        String gemeente = TestData.nieuweGemeente();
        LocalDate vandaag = klok.vandaag();
        // Eight weeks = 56 days after receipt.
        String verstreken = nieuwVerzoek(verzoek(gemeente, vandaag.minusDays(60)));
        String binnenkort = nieuwVerzoek(verzoek(gemeente, vandaag.minusDays(50)));
        String vandaagLaatsteDag = nieuwVerzoek(verzoek(gemeente, vandaag.minusDays(56)));
        nieuwVerzoek(verzoek(gemeente, vandaag.minusDays(10)));
        String besloten = nieuwVerzoek(verzoek(gemeente, vandaag.minusDays(60)));
        toegekend(gemeente, besloten, vandaag);
        // A running herstelverzoek moves the date: no longer past.
        String opgeschort = nieuwVerzoek(zonderPlan(gemeente, vandaag.minusDays(58)));
        api(Aanroeper.medewerker(gemeente)).body(herstel(vandaag.minusDays(5), 14))
                .post(PAD + "/" + opgeschort + "/herstelverzoeken").then().statusCode(201);
        Aanroeper raadpleger = Aanroeper.raadpleger(gemeente);
        api(raadpleger).queryParam("termijn", "VERSTREKEN").get(PAD).then().statusCode(200)
                .body("items.id", contains(verstreken))
                .body("items[0].beslistermijn.termijnOverschreden", equalTo(true));
        api(raadpleger).queryParam("termijn", "BINNEN_14_DAGEN").get(PAD).then().statusCode(200)
                .body("items.id", containsInAnyOrder(binnenkort, vandaagLaatsteDag, opgeschort));
        api(raadpleger).queryParam("termijn", "VERSTREKEN").queryParam("status", "IN_BEHANDELING").get(PAD).then()
                .statusCode(200).body("totalItems", equalTo(0));
        stap(gemeente, verstreken, "INGETROKKEN");
        api(raadpleger).queryParam("termijn", "VERSTREKEN").get(PAD).then().body("totalItems", equalTo(0));
    }

    @Test
    void aVerzoekKeepsTheRuleSetInForceOnItsOntvangstdatum() {
        String gemeente = TestData.nieuweGemeente();
        LocalDate vandaag = klok.vandaag();
        String eerder = nieuwVerzoek(verzoek(gemeente, vandaag.minusDays(1)));
        RegelsetData.publiceer(gemeente, vandaag, Map.of("beslistermijnWeken", 6, "hersteltermijnDagen", 21));
        String later = nieuwVerzoek(zonderPlan(gemeente, vandaag));
        String terugGedateerd = nieuwVerzoek(verzoek(gemeente, vandaag.minusDays(1)));
        api().get(PAD + "/" + later).then()
                .body("beslistermijn.termijnWeken", equalTo(6))
                .body("beslistermijn.uitersteBeslisdatum", equalTo(vandaag.plusWeeks(6).toString()))
                .body("beslistermijn.regelsetVersie", equalTo(gemeente + "-1"));
        api(Aanroeper.medewerker(gemeente)).body(Map.of()).post(PAD + "/" + later + "/herstelverzoeken").then()
                .statusCode(201).body("hersteltermijnTot", equalTo(vandaag.plusDays(21).toString()));
        for (String id : List.of(eerder, terugGedateerd)) {
            api().get(PAD + "/" + id).then()
                    .body("beslistermijn.termijnWeken", equalTo(8))
                    .body("beslistermijn.regelsetVersie", equalTo("standaard-1"));
        }
        // A later publication does not change a received verzoek.
        RegelsetData.publiceer(gemeente, vandaag, Map.of("beslistermijnWeken", 12));
        api().get(PAD + "/" + later).then().body("beslistermijn.termijnWeken", equalTo(6))
                .body("beslistermijn.regelsetVersie", equalTo(gemeente + "-1"));
    }
}
