package nl.participatiesuite.registry.initiatief;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §4 for initiatieven: public without the initiatiefnemer's and contactpersoon's personal data and
 * without the actors of the history; changed by a medewerker of the own gemeente; every change (the status steps
 * too) in the initiatief's audit trail with personal values as pseudonyms; the personal data erasable.
 */
@QuarkusTest
class InitiatiefBeveiligingTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> geheim(String gemeente) {
        Map<String, Object> body = InitiatiefData.initiatief(gemeente, "Speeltuin De Wielewaal", List.of());
        body.put("initiatiefnemer", Map.of("type", "INWONER", "naam", Persoonsgegevens.NAAM, "contact", Persoonsgegevens.TELEFOON));
        body.put("vasteContactpersoon", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL));
        return body;
    }

    private static String nieuw(String gemeente) {
        return api(Aanroeper.medewerker(gemeente)).body(geheim(gemeente)).post("/initiatieven").then().statusCode(201)
                .extract().path("id");
    }

    /** Only a natural person's name and contact are personal (§4): an organisation stays visible to all. */
    @Test
    void theNameOfAnOrganisationThatTookTheInitiativeIsPublic() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = InitiatiefData.initiatief(gemeente, "Dorpsfeest", List.of());
        body.put("initiatiefnemer", Map.of("type", "ORGANISATIE", "naam", "Stichting Dorpsfeest Zoelen",
                "contact", "info@dorpsfeest-zoelen.example"));
        String id = api(Aanroeper.medewerker(gemeente)).body(body).post("/initiatieven").then().statusCode(201)
                .extract().path("id");
        api(Aanroeper.ANONIEM).get("/initiatieven/" + id).then().statusCode(200)
                .body("initiatiefnemer.naam", equalTo("Stichting Dorpsfeest Zoelen"))
                .body("initiatiefnemer.contact", equalTo("info@dorpsfeest-zoelen.example"));
    }

    @Test
    void anyoneReadsTheInitiatiefButOnlyTheOwnGemeenteSeesWhoIsBehindIt() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(gemeente);
        api(Aanroeper.medewerker(gemeente)).body(Map.of("status", "IN_BEHANDELING"))
                .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(201)
                .body("actor", equalTo(StatuswijzigingResourceTest.actor(Aanroeper.medewerker(gemeente))));

        api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id).then().statusCode(200)
                .body("initiatiefnemer.naam", equalTo(Persoonsgegevens.NAAM))
                .body("initiatiefnemer.contact", equalTo(Persoonsgegevens.TELEFOON))
                .body("vasteContactpersoon.email", equalTo(Persoonsgegevens.EMAIL));
        api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(200)
                .body("items.actor", everyItem(equalTo(StatuswijzigingResourceTest.actor(Aanroeper.medewerker(gemeente)))));

        for (Aanroeper vreemde : new Aanroeper[] {Aanroeper.ANONIEM, Aanroeper.medewerker("GM0998")}) {
            String antwoord = api(vreemde).get("/initiatieven/" + id).then().statusCode(200)
                    .body("titel", equalTo("Speeltuin De Wielewaal"))
                    .body("initiatiefnemer.type", equalTo("INWONER"))
                    .body("initiatiefnemer", not(hasKey("naam"))).body("initiatiefnemer", not(hasKey("contact")))
                    .body("vasteContactpersoon", not(hasKey("email")))
                    .extract().asString();
            assertFalse(Persoonsgegevens.in(antwoord), vreemde + ": " + antwoord);
            antwoord = api(vreemde).queryParam("gemeente", gemeente).get("/initiatieven").then().statusCode(200)
                    .body("items.id", contains(id)).extract().asString();
            assertFalse(Persoonsgegevens.in(antwoord), vreemde + ": " + antwoord);
            // The history is public too, without who took each step.
            String wijziging = api(vreemde).get("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(200)
                    .body("items.naar", contains("INGEDIEND", "IN_BEHANDELING"))
                    .body("items", everyItem(not(hasKey("actor"))))
                    .extract().path("items[1].id");
            api(vreemde).get("/initiatieven/" + id + "/statuswijzigingen/" + wijziging).then().statusCode(200)
                    .body("naar", equalTo("IN_BEHANDELING")).body("$", not(hasKey("actor")));
        }
    }

    @Test
    void onlyAMedewerkerOfTheOwnGemeenteChangesItAndARefusedChangeStoresNothing() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(gemeente);
        Map<String, Object> wijziging = new HashMap<>(geheim(gemeente));
        wijziging.remove("gemeente");
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(Aanroeper.medewerker("GM0998")).body(geheim(gemeente)).post("/initiatieven").then().statusCode(403)
                    .body("type", endsWith("/andere-gemeente")).body("detail", not(containsString(Persoonsgegevens.NAAM)));
            api(Aanroeper.raadpleger(gemeente)).body(geheim(gemeente)).post("/initiatieven").then().statusCode(403);
            api(Aanroeper.medewerker("GM0998")).header("If-Match", "\"0\"").body(wijziging).put("/initiatieven/" + id)
                    .then().statusCode(403);
            api(Aanroeper.medewerker("GM0998")).body(Map.of("status", "INGETROKKEN"))
                    .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(403);
            api(Aanroeper.raadpleger(gemeente)).body(Map.of("status", "INGETROKKEN"))
                    .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(403);
            api(Aanroeper.ANONIEM).body(Map.of("status", "INGETROKKEN"))
                    .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(401);
        });
        api().get("/initiatieven/" + id).then().body("status", equalTo("INGEDIEND")).header("ETag", equalTo("\"0\""));
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"0\"").body(wijziging).put("/initiatieven/" + id).then()
                .statusCode(200);
    }

    @Test
    void everyChangeAndStatusStepIsInTheAuditTrailWithPersonalValuesPseudonymised() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String id = nieuw(gemeente);
        Map<String, Object> wijziging = new HashMap<>(geheim(gemeente));
        wijziging.remove("gemeente");
        wijziging.put("initiatiefnemer", Map.of("type", "INWONER", "naam", Persoonsgegevens.NAAM, "contact", "0344 000 000"));
        api(medewerker).header("If-Match", "\"0\"").body(wijziging).put("/initiatieven/" + id).then().statusCode(200);
        api(medewerker).body(Map.of("status", "IN_BEHANDELING")).post("/initiatieven/" + id + "/statuswijzigingen").then()
                .statusCode(201);

        String trail = api().get("/initiatieven/" + id + "/audittrail").then().statusCode(200)
                .body("items.resource", contains("Initiatief", "InitiatiefStatuswijziging", "Initiatief",
                        "InitiatiefStatuswijziging", "Initiatief"))
                .body("items.actie", contains("create", "create", "update", "create", "update"))
                .body("items.gebruikersId", everyItem(equalTo("medewerker-" + gemeente)))
                .body("items.gemeente", everyItem(equalTo(gemeente)))
                .body("items.hoofdObject", everyItem(endsWith("/api/v1/initiatieven/" + id)))
                .body("items[0].wijzigingen.nieuw.initiatiefnemerNaam", startsWith("pseudoniem:"))
                .body("items[0].wijzigingen.nieuw.contactpersoonEmail", startsWith("pseudoniem:"))
                .body("items[2].wijzigingen.oud.initiatiefnemerContact", startsWith("pseudoniem:"))
                .body("items[2].wijzigingen.nieuw.initiatiefnemerContact", startsWith("pseudoniem:"))
                .body("items[2].wijzigingen.nieuw", not(hasKey("initiatiefnemerNaam")))
                .body("items[3].wijzigingen.nieuw.naar", equalTo("IN_BEHANDELING"))
                .body("items[1].wijzigingen.nieuw.actor", startsWith("pseudoniem:"))
                .body("items[3].wijzigingen.nieuw.actor", startsWith("pseudoniem:"))
                .body("items[4].wijzigingen.nieuw.status", equalTo("IN_BEHANDELING"))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
        api(medewerker).get("/initiatieven/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/initiatieven/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.ANONIEM).get("/initiatieven/" + id + "/audittrail").then().statusCode(401);
    }

    @Test
    void erasureReplacesThePersonalFieldsKeepsTheInitiatiefAndItsHistoryAndIsIdempotent() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(gemeente);
        api(Aanroeper.medewerker(gemeente)).body(Map.of("status", "IN_BEHANDELING"))
                .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(201);
        api(Aanroeper.medewerker(gemeente)).post("/initiatieven/" + id + "/_wissen").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).post("/initiatieven/" + id + "/_wissen").then().statusCode(403);
        api().post("/initiatieven/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("titel", equalTo("Speeltuin De Wielewaal"))
                .body("status", equalTo("IN_BEHANDELING"))
                .body("initiatiefnemer.type", equalTo("INWONER"))
                .body("initiatiefnemer.naam", equalTo(Gewist.NAAM))
                .body("initiatiefnemer.contact", nullValue())
                .body("vasteContactpersoon.naam", equalTo(Gewist.NAAM))
                .body("vasteContactpersoon.email", equalTo(Gewist.EMAIL));
        api().post("/initiatieven/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"2\""));
        api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(200)
                .body("items.naar", contains("INGEDIEND", "IN_BEHANDELING")).body("items.actor", everyItem(equalTo(Gewist.NAAM)));
        String trail = api().get("/initiatieven/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", hasItem("update"))
                .body("totalItems", equalTo(5))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
    }

    /** A kernambtenaar as vaste contactpersoon: the answer names that person, for the own gemeente only. */
    @Test
    void aKernambtenaarAsContactpersoonIsShownToTheOwnGemeenteOnly() {
        String gemeente = TestData.nieuweGemeente();
        String kernambtenaar = api().body(Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL,
                        "gemeente", gemeente, "kernIds", List.of(TestData.nieuweKern(gemeente, "Zoelen"))))
                .post("/kernambtenaren").then().statusCode(201).extract().<String>path("id");
        Map<String, Object> body = InitiatiefData.initiatief(gemeente, "Jeu de boules-baan", List.of());
        body.put("vasteContactpersoon", Map.of("kernambtenaarId", kernambtenaar));
        String id = api(Aanroeper.medewerker(gemeente)).body(body).post("/initiatieven").then().statusCode(201)
                .body("vasteContactpersoon.email", equalTo(Persoonsgegevens.EMAIL)).extract().path("id");
        String antwoord = api(Aanroeper.ANONIEM).get("/initiatieven/" + id).then().statusCode(200)
                .body("vasteContactpersoon.kernambtenaarId", equalTo(kernambtenaar)).extract().asString();
        assertFalse(Persoonsgegevens.in(antwoord), antwoord);
    }
}
