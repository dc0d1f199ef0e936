package nl.participatiesuite.registry.uitdaagrecht;

import static nl.participatiesuite.registry.support.UitdaagrechtData.nieuwVerzoek;
import static nl.participatiesuite.registry.support.UitdaagrechtData.overeenkomst;
import static nl.participatiesuite.registry.support.UitdaagrechtData.stap;
import static nl.participatiesuite.registry.support.UitdaagrechtData.toegekend;
import static nl.participatiesuite.registry.support.UitdaagrechtData.verzoek;
import static nl.participatiesuite.registry.support.UitdaagrechtData.wijziging;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.PeerStubs;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/** domain.md §5 through the API: receipt, change, lifecycle, besluit and overeenkomst of an uitdaagrechtverzoek. */
@QuarkusTest
class UitdaagrechtverzoekResourceTest extends ApiTest {

    private static final String PAD = "/uitdaagrechtverzoeken";

    @Inject
    Klok klok;

    @Inject
    AgroalDataSource dataSource;

    static String actor(Aanroeper wie) {
        return "Test " + wie.subject() + " (" + wie.subject() + ")";
    }

    @Test
    void aMedewerkerRecordsAVerzoekWithEveryFieldOfParagraph5() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        LocalDate ontvangst = klok.vandaag().minusDays(3);
        String kern = TestData.nieuweKern(gemeente, "Zoelen");
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Bermen in eigen beheer");
        Map<String, Object> body = verzoek(gemeente, ontvangst);
        body.put("kernIds", List.of(kern));
        body.put("initiatiefId", initiatief);
        String beoordeling = PeerStubs.beoordeling(gemeente, null).toString();
        body.put("beoordelingId", beoordeling);
        String id = api(medewerker).config(InitiatiefData.BEDRAGEN).body(body).post(PAD).then().statusCode(201)
                .header("Location", containsString("/api/v1/uitdaagrechtverzoeken/"))
                .header("ETag", equalTo("\"0\""))
                .body("gemeente", equalTo(gemeente))
                .body("ontvangstdatum", equalTo(ontvangst.toString()))
                .body("kernIds", contains(kern))
                .body("indiener.type", equalTo("MAATSCHAPPELIJKE_PARTIJ"))
                .body("indiener.naam", equalTo("Dorpsbelang Zoelen"))
                .body("indiener.rechtsvorm", equalTo("Vereniging"))
                .body("indiener.contactpersoon.naam", equalTo("Secretaris Dorpsbelang"))
                .body("taakOmschrijving", equalTo("Het maaien van de bermen in Zoelen"))
                .body("taakHuidigeJaarkosten", equalTo(new BigDecimal("18000.00")))
                .body("motiveringsgronden", contains("KWALITEIT", "BETROKKENHEID"))
                .body("draagvlakAantalSupporters", equalTo(240))
                .body("gevraagdBudget", equalTo(new BigDecimal("15000.00")))
                .body("looptijdMaanden", equalTo(24))
                .body("initiatiefId", equalTo(initiatief))
                .body("beoordelingId", equalTo(beoordeling))
                .body("status", equalTo("INGEDIEND"))
                .body("ontvankelijkheid.volledig", equalTo(true))
                .body("ontvankelijkheid.ontbrekendeOnderdelen", empty())
                .body("beslistermijn.termijnWeken", equalTo(8))
                .body("beslistermijn.uitersteBeslisdatum", equalTo(ontvangst.plusWeeks(8).toString()))
                .body("beslistermijn.opgeschorteDagen", equalTo(0))
                .body("beslistermijn.termijnOverschreden", equalTo(false))
                .body("beslistermijn.regelsetVersie", equalTo("standaard-1"))
                .body("$", not(hasKey("besluit")))
                .body("$", not(hasKey("overeenkomst")))
                .extract().path("id");
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("indiener.contactpersoon.email", equalTo("secretaris@zoelen.example"));
        // The receipt is the first step of the history, by whoever recorded it (the token).
        api().get(PAD + "/" + id + "/statuswijzigingen").then().statusCode(200)
                .body("items.naar", contains("INGEDIEND")).body("items[0].actor", equalTo(actor(medewerker)));
    }

    @Test
    void anIncompleteVerzoekIsReceivedAndNamesWhatIsMissing() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = verzoek(gemeente, klok.vandaag());
        body.remove("taakOmschrijving");
        body.put("motiveringsgronden", List.of());
        body.remove("uitvoeringsplan");
        api(Aanroeper.medewerker(gemeente)).body(body).post(PAD).then().statusCode(201)
                .body("ontvankelijkheid.volledig", equalTo(false))
                .body("ontvankelijkheid.ontbrekendeOnderdelen", contains("TAAK", "MOTIVERING", "UITVOERINGSPLAN"))
                .body("ontvankelijkheid.hersteltermijnVerstreken", equalTo(false));
    }

    @Test
    void invalidInputListsEveryFieldAndStoresNothing() {
        String gemeente = TestData.nieuweGemeente();
        String ander = TestData.andereGemeente();
        String kernElders = TestData.nieuweKern(ander, "Elders");
        Map<String, Object> body = verzoek(gemeente, klok.vandaag().plusDays(1));
        Map<String, Object> indiener = new HashMap<>();
        indiener.put("type", "BEDRIJF");
        indiener.put("naam", " ");
        indiener.put("contactpersoon", Map.of("naam", "Iemand", "email", "geen-adres"));
        body.put("indiener", indiener);
        body.put("taakHuidigeJaarkosten", new BigDecimal("-1.00"));
        body.put("motiveringsgronden", List.of("SNELHEID"));
        body.put("draagvlakAantalSupporters", -1);
        body.put("gevraagdBudget", new BigDecimal("10.001"));
        body.put("looptijdMaanden", 0);
        body.put("motivering", "x".repeat(4001));
        Rijen.nietsOpgeslagen(dataSource, () -> api(Aanroeper.medewerker(gemeente)).body(body).post(PAD).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("ontvangstdatum", "indiener.type", "indiener.naam",
                        "indiener.contactpersoon.email", "taakHuidigeJaarkosten", "motiveringsgronden[0]",
                        "draagvlakAantalSupporters", "gevraagdBudget", "looptijdMaanden", "motivering")));
        // References are checked after the fields: each bad one is named.
        Map<String, Object> verwijzend = verzoek(gemeente, klok.vandaag());
        verwijzend.put("kernIds", List.of(kernElders, "00000000-0000-4000-8000-000000000001"));
        verwijzend.put("initiatiefId", InitiatiefData.nieuwInitiatief(ander, "Elders"));
        Rijen.nietsOpgeslagen(dataSource, () -> api(Aanroeper.medewerker(gemeente)).body(verwijzend).post(PAD).then()
                .statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("kernIds[0]", "kernIds[1]", "initiatiefId"))
                .body("invalidParams.code", containsInAnyOrder("otherGemeente", "unknown", "otherGemeente")));
        Map<String, Object> dubbel = verzoek(gemeente, klok.vandaag());
        dubbel.put("motiveringsgronden", List.of("KOSTEN", "KWALITEIT", "KOSTEN"));
        Rijen.nietsOpgeslagen(dataSource, () -> api(Aanroeper.medewerker(gemeente)).body(dubbel).post(PAD).then()
                .statusCode(400).body("invalidParams.name", contains("motiveringsgronden[2]"))
                .body("invalidParams.code", contains("duplicate")));
        Map<String, Object> leeg = new HashMap<>();
        api(Aanroeper.medewerker(gemeente)).body(leeg).post(PAD).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "ontvangstdatum", "indiener"));
    }

    @Test
    void anUnknownVerzoekIsNotFound() {
        String gemeente = TestData.nieuweGemeente();
        String onbekend = PAD + "/00000000-0000-4000-8000-00000000abcd";
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        api(medewerker).get(onbekend).then().statusCode(404).contentType("application/problem+json");
        api(medewerker).header("If-Match", "\"0\"").body(wijziging(verzoek(gemeente, klok.vandaag()))).put(onbekend).then()
                .statusCode(404);
        api(medewerker).body(Map.of("status", "IN_BEHANDELING")).post(onbekend + "/statuswijzigingen").then().statusCode(404);
        api(medewerker).get(onbekend + "/statuswijzigingen").then().statusCode(404);
        api(medewerker).body(Map.of()).post(onbekend + "/herstelverzoeken").then().statusCode(404);
        api(medewerker).get(onbekend + "/herstelverzoeken").then().statusCode(404);
        api(medewerker).body(Map.of("besluit", "TOEGEKEND", "motivering", "Goed")).post(onbekend + "/besluit").then()
                .statusCode(404);
        api(medewerker).body(overeenkomst(klok.vandaag(), klok.vandaag(), "1.00")).post(onbekend + "/overeenkomst").then()
                .statusCode(404);
        api().post(onbekend + "/_wissen").then().statusCode(404);
        api().get(PAD + "/te-evalueren/" + TestData.nieuweCode()).then().statusCode(403);
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndOnlyBeforeTheBesluit() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        Map<String, Object> body = verzoek(gemeente, klok.vandaag());
        String id = nieuwVerzoek(body);
        Map<String, Object> wijziging = wijziging(body);
        wijziging.put("gevraagdBudget", new BigDecimal("14000.00"));
        api(medewerker).body(wijziging).put(PAD + "/" + id).then().statusCode(428).contentType("application/problem+json");
        api(medewerker).header("If-Match", "\"7\"").body(wijziging).put(PAD + "/" + id).then().statusCode(412);
        api(medewerker).config(InitiatiefData.BEDRAGEN).header("If-Match", "\"0\"").body(wijziging).put(PAD + "/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\""))
                .body("gevraagdBudget", equalTo(new BigDecimal("14000.00")))
                .body("ontvangstdatum", equalTo(klok.vandaag().toString()));
        // The gemeente and the ontvangstdatum do not change: they are no fields of a change.
        Map<String, Object> metGemeente = new HashMap<>(wijziging);
        metGemeente.put("ontvangstdatum", klok.vandaag().minusDays(30).toString());
        api(medewerker).header("If-Match", "\"1\"").body(metGemeente).put(PAD + "/" + id).then().statusCode(400)
                .body("invalidParams.name", contains("ontvangstdatum")).body("invalidParams.code", contains("unexpected"));
        toegekend(gemeente, id, klok.vandaag());
        String etag = api(medewerker).get(PAD + "/" + id).then().extract().header("ETag");
        api(medewerker).header("If-Match", etag).body(wijziging).put(PAD + "/" + id).then().statusCode(409)
                .body("type", endsWith("/verzoek-niet-meer-te-wijzigen"));
    }

    @Test
    void aVerzoekGoesFromIngediendToAfgerondAndEveryStepIsInTheHistory() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        LocalDate vandaag = klok.vandaag();
        String id = nieuwVerzoek(verzoek(gemeente, vandaag.minusDays(10)));
        String stap = api(medewerker).body(Map.of("status", "IN_BEHANDELING")).post(PAD + "/" + id + "/statuswijzigingen")
                .then().statusCode(201).header("Location", containsString(PAD + "/" + id + "/statuswijzigingen/"))
                .body("van", equalTo("INGEDIEND")).body("naar", equalTo("IN_BEHANDELING")).body("actor", equalTo(actor(medewerker)))
                .extract().header("Location");
        // The Location names the recorded step.
        api(Aanroeper.raadpleger(gemeente)).get(stap.substring(stap.indexOf(PAD))).then().statusCode(200)
                .body("naar", equalTo("IN_BEHANDELING")).body("actor", equalTo(actor(medewerker)));
        String anderVerzoek = nieuwVerzoek(verzoek(gemeente, vandaag));
        api().get(PAD + "/" + anderVerzoek + stap.substring(stap.indexOf("/statuswijzigingen/"))).then().statusCode(404);
        api(medewerker).body(Map.of("besluit", "TOEGEKEND", "motivering", "Meer kwaliteit en betrokkenheid"))
                .post(PAD + "/" + id + "/besluit").then().statusCode(200)
                .body("status", equalTo("TOEGEKEND"))
                .body("besluit.besluit", equalTo("TOEGEKEND"))
                .body("besluit.motivering", equalTo("Meer kwaliteit en betrokkenheid"))
                .body("besluit.weigeringsgronden", empty())
                .body("besluit.besluitdatum", equalTo(vandaag.toString()))
                .body("beslistermijn.termijnOverschreden", equalTo(false));
        api(medewerker).config(InitiatiefData.BEDRAGEN).body(overeenkomst(vandaag.plusMonths(1), vandaag.plusYears(1), "15000.00"))
                .post(PAD + "/" + id + "/overeenkomst").then().statusCode(200)
                .body("status", equalTo("OVEREENKOMST_GESLOTEN"))
                .body("overeenkomst.start", equalTo(vandaag.plusMonths(1).toString()))
                .body("overeenkomst.eind", equalTo(vandaag.plusMonths(1).plusYears(2).toString()))
                .body("overeenkomst.overgedragenBudget", equalTo(new BigDecimal("15000.00")))
                .body("overeenkomst.evaluatiedatum", equalTo(vandaag.plusYears(1).toString()))
                .body("overeenkomst", not(hasKey("motiveringHogerBudget")));
        stap(gemeente, id, "IN_UITVOERING");
        stap(gemeente, id, "AFGEROND");
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/" + id + "/statuswijzigingen").then().statusCode(200)
                .header("X-Total-Count", "6")
                .body("items.naar", contains("INGEDIEND", "IN_BEHANDELING", "TOEGEKEND", "OVEREENKOMST_GESLOTEN",
                        "IN_UITVOERING", "AFGEROND"))
                .body("items.van", contains(null, "INGEDIEND", "IN_BEHANDELING", "TOEGEKEND", "OVEREENKOMST_GESLOTEN",
                        "IN_UITVOERING"))
                .body("items[2].reden", equalTo("Meer kwaliteit en betrokkenheid"));
        api().get(PAD + "/" + id).then().body("status", equalTo("AFGEROND"));
    }

    @Test
    void aRefusedTransitionIsAConflictNamingTheAllowedNextStates() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String id = nieuwVerzoek(verzoek(gemeente, klok.vandaag()));
        api(medewerker).body(Map.of("status", "IN_UITVOERING")).post(PAD + "/" + id + "/statuswijzigingen").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/statusovergang-niet-toegestaan"))
                .body("detail", allOf(containsString("INGEDIEND"), containsString("IN_UITVOERING"),
                        containsString("IN_BEHANDELING, INGETROKKEN, BUITEN_BEHANDELING")));
        // A besluit is only taken on a verzoek in behandeling, an overeenkomst only on a granted one.
        api(medewerker).body(Map.of("besluit", "TOEGEKEND", "motivering", "Goed")).post(PAD + "/" + id + "/besluit").then()
                .statusCode(409).body("detail", containsString("IN_BEHANDELING"));
        api(medewerker).body(overeenkomst(klok.vandaag(), klok.vandaag(), "1.00")).post(PAD + "/" + id + "/overeenkomst")
                .then().statusCode(409).body("detail", containsString("OVEREENKOMST_GESLOTEN"));
        stap(gemeente, id, "INGETROKKEN");
        api(medewerker).body(Map.of("status", "IN_BEHANDELING")).post(PAD + "/" + id + "/statuswijzigingen").then()
                .statusCode(409).body("detail", containsString("INGETROKKEN is een eindstatus"));
        // TOEGEKEND is not a plain step: it needs a besluit.
        api(medewerker).body(Map.of("status", "TOEGEKEND")).post(PAD + "/" + id + "/statuswijzigingen").then()
                .statusCode(400).body("invalidParams.name", contains("status")).body("invalidParams.code", contains("enum"));
        api().get(PAD + "/" + id + "/statuswijzigingen").then().body("totalItems", equalTo(2));
    }

    @Test
    void aStaleIfMatchOnAStepIsRefusedAndAMissingOneIsAllowed() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String id = nieuwVerzoek(verzoek(gemeente, klok.vandaag()));
        api(medewerker).header("If-Match", "\"3\"").body(Map.of("status", "IN_BEHANDELING"))
                .post(PAD + "/" + id + "/statuswijzigingen").then().statusCode(412);
        api(medewerker).header("If-Match", "\"0\"").body(Map.of("status", "IN_BEHANDELING"))
                .post(PAD + "/" + id + "/statuswijzigingen").then().statusCode(201);
        api(medewerker).header("If-Match", "\"0\"").body(Map.of("besluit", "TOEGEKEND", "motivering", "Goed"))
                .post(PAD + "/" + id + "/besluit").then().statusCode(412);
        api(medewerker).body(Map.of("besluit", "TOEGEKEND", "motivering", "Goed")).post(PAD + "/" + id + "/besluit").then()
                .statusCode(200);
        api(medewerker).header("If-Match", "\"0\"").body(overeenkomst(klok.vandaag(), klok.vandaag(), "1.00"))
                .post(PAD + "/" + id + "/overeenkomst").then().statusCode(412);
        api(medewerker).header("If-Match", "*").body(Map.of("status", "INGETROKKEN"))
                .post(PAD + "/" + id + "/statuswijzigingen").then().statusCode(428);
    }

    @Test
    void anAfwijzingNamesAtLeastOneWeigeringsgrond() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String id = nieuwVerzoek(verzoek(gemeente, klok.vandaag()));
        stap(gemeente, id, "IN_BEHANDELING");
        api(medewerker).body(Map.of("besluit", "AFGEWEZEN", "motivering", "Kan niet")).post(PAD + "/" + id + "/besluit").then()
                .statusCode(400).body("invalidParams.name", contains("weigeringsgronden"))
                .body("invalidParams.code", contains("required"));
        api(medewerker).body(Map.of("besluit", "TOEGEKEND", "motivering", "Goed", "weigeringsgronden", List.of("GEEN_MEERWAARDE")))
                .post(PAD + "/" + id + "/besluit").then().statusCode(400)
                .body("invalidParams.name", contains("weigeringsgronden")).body("invalidParams.code", contains("inconsistent"));
        Map<String, Object> fout = new HashMap<>();
        fout.put("besluit", "MISSCHIEN");
        fout.put("motivering", " ");
        fout.put("weigeringsgronden", List.of("TE_DUUR"));
        fout.put("besluitdatum", klok.vandaag().plusDays(1).toString());
        api(medewerker).body(fout).post(PAD + "/" + id + "/besluit").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("besluit", "motivering", "weigeringsgronden[0]", "besluitdatum"));
        api(medewerker).body(Map.of("besluit", "AFGEWEZEN", "motivering", "Het is een wettelijke taak",
                        "weigeringsgronden", List.of("WETTELIJKE_TAAK", "WETTELIJKE_TAAK"),
                        "besluitdatum", klok.vandaag().minusYears(1).toString()))
                .post(PAD + "/" + id + "/besluit").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("weigeringsgronden[1]", "besluitdatum"))
                .body("invalidParams.code", containsInAnyOrder("duplicate", "min"));
        api(medewerker).body(Map.of("besluit", "AFGEWEZEN", "motivering", "Een wettelijke taak zonder meerwaarde",
                        "weigeringsgronden", List.of("WETTELIJKE_TAAK", "GEEN_MEERWAARDE")))
                .post(PAD + "/" + id + "/besluit").then().statusCode(200)
                .body("status", equalTo("AFGEWEZEN"))
                .body("besluit.weigeringsgronden", contains("WETTELIJKE_TAAK", "GEEN_MEERWAARDE"));
        api(medewerker).body(Map.of("status", "INGETROKKEN")).post(PAD + "/" + id + "/statuswijzigingen").then().statusCode(409);
    }

    @Test
    void aBesluitBeforeTheVerzoekIsReceivedIsInvalid() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuwVerzoek(verzoek(gemeente, klok.vandaag().minusDays(5)));
        stap(gemeente, id, "IN_BEHANDELING");
        api(Aanroeper.medewerker(gemeente)).body(Map.of("besluit", "TOEGEKEND", "motivering", "Goed",
                        "besluitdatum", klok.vandaag().minusDays(6).toString()))
                .post(PAD + "/" + id + "/besluit").then().statusCode(400)
                .body("invalidParams.name", contains("besluitdatum")).body("invalidParams.code", contains("min"));
        api().get(PAD + "/" + id).then().body("status", equalTo("IN_BEHANDELING"));
    }

    @Test
    void noBesluitOnAnIncompleteVerzoek() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = verzoek(gemeente, klok.vandaag());
        body.remove("draagvlakOmschrijving");
        String id = nieuwVerzoek(body);
        stap(gemeente, id, "IN_BEHANDELING");
        api(Aanroeper.medewerker(gemeente)).body(Map.of("besluit", "TOEGEKEND", "motivering", "Goed"))
                .post(PAD + "/" + id + "/besluit").then().statusCode(409)
                .body("type", endsWith("/verzoek-onvolledig")).body("detail", containsString("DRAAGVLAK"));
    }

    @Test
    void aLateBesluitMarksTheVerzoekTermijnOverschredenForGood() {
        String gemeente = TestData.nieuweGemeente();
        LocalDate ontvangst = klok.vandaag().minusWeeks(10);
        String laat = nieuwVerzoek(verzoek(gemeente, ontvangst));
        toegekend(gemeente, laat, ontvangst.plusWeeks(8).plusDays(1));
        api().get(PAD + "/" + laat).then().body("beslistermijn.termijnOverschreden", equalTo(true))
                .body("beslistermijn.uitersteBeslisdatum", equalTo(ontvangst.plusWeeks(8).toString()));
        api(Aanroeper.medewerker(gemeente)).body(overeenkomst(klok.vandaag(), klok.vandaag().plusYears(1), "100.00"))
                .post(PAD + "/" + laat + "/overeenkomst").then().statusCode(200)
                .body("beslistermijn.termijnOverschreden", equalTo(true));
        String opTijd = nieuwVerzoek(verzoek(gemeente, ontvangst));
        toegekend(gemeente, opTijd, ontvangst.plusWeeks(8));
        api().get(PAD + "/" + opTijd).then().body("beslistermijn.termijnOverschreden", equalTo(false));
    }

    @Test
    void moreBudgetThanTheTaskCostsNeedsAMotivering() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        LocalDate vandaag = klok.vandaag();
        String id = nieuwVerzoek(verzoek(gemeente, vandaag));
        toegekend(gemeente, id, vandaag);
        api(medewerker).body(overeenkomst(vandaag, vandaag.plusYears(1), "18000.01")).post(PAD + "/" + id + "/overeenkomst")
                .then().statusCode(400).body("invalidParams.name", contains("motiveringHogerBudget"))
                .body("invalidParams.code", contains("required"))
                .body("invalidParams[0].reason", allOf(containsString("€ 18.000,01"), containsString("€ 18.000,00")));
        Map<String, Object> data = overeenkomst(vandaag, vandaag.plusYears(1), "1.00");
        data.put("eind", vandaag.toString());
        data.put("evaluatiedatum", vandaag.minusDays(1).toString());
        data.put("afspraken", " ");
        data.put("overgedragenBudget", new BigDecimal("-5"));
        api(medewerker).body(data).post(PAD + "/" + id + "/overeenkomst").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("eind", "evaluatiedatum", "afspraken", "overgedragenBudget"));
        api().get(PAD + "/" + id).then().body("status", equalTo("TOEGEKEND"));
        Map<String, Object> gemotiveerd = overeenkomst(vandaag, vandaag.plusYears(1), "20000.00");
        gemotiveerd.put("motiveringHogerBudget", "Het dorpsplein komt erbij");
        api(medewerker).config(InitiatiefData.BEDRAGEN).body(gemotiveerd).post(PAD + "/" + id + "/overeenkomst").then()
                .statusCode(200).body("overeenkomst.overgedragenBudget", equalTo(new BigDecimal("20000.00")))
                .body("overeenkomst.motiveringHogerBudget", equalTo("Het dorpsplein komt erbij"));
    }

    @Test
    void withTheTaskCostUnknownAnyBudgetNeedsAMotivering() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = verzoek(gemeente, klok.vandaag());
        body.remove("taakHuidigeJaarkosten");
        String id = nieuwVerzoek(body);
        toegekend(gemeente, id, klok.vandaag());
        api(Aanroeper.medewerker(gemeente)).body(overeenkomst(klok.vandaag(), klok.vandaag(), "10.00"))
                .post(PAD + "/" + id + "/overeenkomst").then().statusCode(400)
                .body("invalidParams.name", contains("motiveringHogerBudget"))
                .body("invalidParams[0].reason", containsString("onbekend"));
        api(Aanroeper.medewerker(gemeente)).body(overeenkomst(klok.vandaag(), klok.vandaag(), "0.00"))
                .post(PAD + "/" + id + "/overeenkomst").then().statusCode(200).body("overeenkomst", hasKey("afspraken"))
                .body("besluit.besluit", equalTo("TOEGEKEND")).body("overeenkomst.motiveringHogerBudget", nullValue());
    }

    @Test
    void theListIsTheOwnGemeentesFilteredOnKernStatusAndText() {
        String gemeente = TestData.nieuweGemeente();
        LocalDate vandaag = klok.vandaag();
        String kern = TestData.nieuweKern(gemeente, "Ingen");
        Map<String, Object> bermen = verzoek(gemeente, vandaag.minusDays(2));
        bermen.put("kernIds", List.of(kern));
        String eerste = nieuwVerzoek(bermen);
        Map<String, Object> buurthuis = verzoek(gemeente, vandaag.minusDays(1));
        buurthuis.put("taakOmschrijving", "Het beheer van het buurthuis");
        String tweede = nieuwVerzoek(buurthuis);
        stap(gemeente, tweede, "IN_BEHANDELING");
        Aanroeper raadpleger = Aanroeper.raadpleger(gemeente);
        api(raadpleger).get(PAD).then().statusCode(200).header("X-Total-Count", "2").body("items.id", contains(tweede, eerste));
        api(raadpleger).queryParam("kern", kern).get(PAD).then().body("items.id", contains(eerste));
        api(raadpleger).queryParam("status", "IN_BEHANDELING").get(PAD).then().body("items.id", contains(tweede));
        api(raadpleger).queryParam("q", "BUURTHUIS").get(PAD).then().body("items.id", contains(tweede));
        api(raadpleger).queryParam("pageSize", 1).queryParam("page", 2).get(PAD).then().statusCode(200)
                .header("Link", containsString("rel=\"prev\"")).body("items.id", contains(eerste));
        api(raadpleger).queryParam("status", "ONBEKEND").queryParam("termijn", "OOIT").queryParam("kern", "geen-uuid")
                .get(PAD).then().statusCode(400).body("invalidParams.name", containsInAnyOrder("status", "termijn", "kern"));
        // Another gemeente's list is not this caller's.
        api(raadpleger).queryParam("gemeente", TestData.andereGemeente()).get(PAD).then().statusCode(403);
    }
}
