package nl.participatiesuite.assessment.beoordeling;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.Beveiliging;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §4 for beoordelingen: who may compute, store, read and change them; the kernambtenaar's contact details
 * (personal data of the kern's gemeente) in the outcome; the audit trail; erasure.
 */
@QuarkusTest
class BeoordelingBeveiligingTest extends ApiTest {

    private static final String ANDERE = "GM0998";

    @Inject
    AgroalDataSource dataSource;

    /**
     * A citizen's live form computes without a token: the outcome names the kern and how to reach the gemeente,
     * never the kernambtenaar's own name, e-mail or phone; the gemeente's own people get those.
     */
    @Test
    void berekenenZonderTokenNoemtDeKernEnDeGemeenteNietDeKernambtenaar() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> plan = TestData.sportveldjes(gemeente, Beveiliging.kernMetGeheimeKernambtenaar(gemeente));

        String anoniem = api(Aanroeper.ANONIEM).body(plan).post("/beoordelingen/_bereken").then().statusCode(200)
                .body("uitkomst.aanspreekpunt.status", equalTo("VIA_GEMEENTE"))
                .body("uitkomst.aanspreekpunt.beschikbaar", equalTo(true))
                .body("uitkomst.aanspreekpunt.kern", equalTo("Maurik"))
                .body("uitkomst.aanspreekpunt.kernambtenaren", empty())
                .body("uitkomst.aanspreekpunt.onderbouwing[0].code", equalTo("KERNAMBTENAAR_VIA_GEMEENTE"))
                .body("uitkomst.aanspreekpunt.onderbouwing[0].tekst", containsString("neem contact op met de gemeente"))
                .body("uitkomst.valkuilen.valkuil", not(hasItem("GEEN_KERNAMBTENAAR")))
                .body("niveau", equalTo("MEEDOEN"))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(anoniem), anoniem);
        // Another gemeente's beheerder is no better off than a citizen.
        String andere = api(Aanroeper.beheerder(ANDERE)).body(plan).post("/beoordelingen/_bereken").then().statusCode(200)
                .body("uitkomst.aanspreekpunt.status", equalTo("VIA_GEMEENTE")).extract().asString();
        assertFalse(Persoonsgegevens.in(andere), andere);

        for (Aanroeper eigen : new Aanroeper[] {Aanroeper.raadpleger(gemeente), Aanroeper.medewerker(gemeente)}) {
            api(eigen).body(plan).post("/beoordelingen/_bereken").then().statusCode(200)
                    .body("uitkomst.aanspreekpunt.status", equalTo("KERNAMBTENAREN_BEKEND"))
                    .body("uitkomst.aanspreekpunt.kernambtenaren[0].naam", equalTo(Persoonsgegevens.NAAM))
                    .body("uitkomst.aanspreekpunt.kernambtenaren[0].email", equalTo(Persoonsgegevens.EMAIL))
                    .body("uitkomst.aanspreekpunt.kernambtenaren[0].telefoon", equalTo(Persoonsgegevens.TELEFOON));
        }
        // Nothing is stored by computing, whoever asks.
        api(Aanroeper.raadpleger(gemeente)).queryParam("gemeente", gemeente).get("/beoordelingen").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void eenOpgeslagenBeoordelingIsAlleenVoorDeEigenGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String id = Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente);
        String pad = "/beoordelingen/" + id;

        api(Aanroeper.raadpleger(gemeente)).get(pad).then().statusCode(200)
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].naam", equalTo(Persoonsgegevens.NAAM))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].telefoon", equalTo(Persoonsgegevens.TELEFOON));
        api(Aanroeper.raadpleger(gemeente)).get(pad + "/herberekening").then().statusCode(200)
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].email", equalTo(Persoonsgegevens.EMAIL));
        for (String deel : new String[] {"", "/herberekening", "/checklist"}) {
            String geweigerd = api(Aanroeper.beheerder(ANDERE)).get(pad + deel).then().statusCode(403)
                    .contentType("application/problem+json").body("type", containsString("andere-gemeente"))
                    .extract().asString();
            assertFalse(Persoonsgegevens.in(geweigerd), geweigerd);
            api(Aanroeper.ANONIEM).get(pad + deel).then().statusCode(401);
        }
        // A list is of the own gemeente: by default, and another one asked for is refused.
        api(Aanroeper.raadpleger(ANDERE)).get("/beoordelingen").then().statusCode(200)
                .body("items.gemeente", everyItem(equalTo(ANDERE)));
        api(Aanroeper.raadpleger(ANDERE)).queryParam("gemeente", gemeente).get("/beoordelingen").then().statusCode(403);
        api(Aanroeper.raadpleger(gemeente)).get("/beoordelingen").then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void schrijvenInEenAndereGemeenteWordtGeweigerdEnSlaatNietsOp() {
        String gemeente = TestData.nieuweGemeente();
        String id = Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente);
        Aanroeper andere = Aanroeper.medewerker(ANDERE);
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(andere).body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then().statusCode(403)
                    .body("type", containsString("andere-gemeente"));
            api(andere).header("If-Match", "\"0\"").body(TestData.sportveldjes(gemeente)).put("/beoordelingen/" + id)
                    .then().statusCode(403);
            api(andere).header("If-Match", "\"0\"").body(Map.of("antwoorden", Map.of("communicatieKalender", "x")))
                    .patch("/beoordelingen/" + id + "/checklist").then().statusCode(403);
            api(Aanroeper.beheerder(ANDERE)).post("/beoordelingen/" + id + "/_wissen").then().statusCode(403);
            // A raadpleger of the gemeente itself reads, but does not write.
            api(Aanroeper.raadpleger(gemeente)).body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then()
                    .statusCode(403).body("type", containsString("geen-toegang"));
            api(Aanroeper.ANONIEM).body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then().statusCode(401);
        });
        api(Aanroeper.raadpleger(gemeente)).get("/beoordelingen/" + id).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void elkeWijzigingStaatInDeAudittrailMetDeKernambtenaarAlsPseudoniem() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = Beveiliging.kernMetGeheimeKernambtenaar(gemeente);
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String id = api(medewerker).body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> anders = TestData.sportveldjes(gemeente, kern);
        anders.put("ruimte", false);
        api(medewerker).header("If-Match", "\"0\"").body(anders).put("/beoordelingen/" + id).then().statusCode(200);
        api(medewerker).header("If-Match", "\"1\"")
                .body(Map.of("antwoorden", Map.of("communicatieKalender", "Bewonersavond in maart.")))
                .patch("/beoordelingen/" + id + "/checklist").then().statusCode(200);
        // A refused change leaves no entry.
        api(medewerker).header("If-Match", "\"7\"").body(anders).put("/beoordelingen/" + id).then().statusCode(412);

        String pad = "/beoordelingen/" + id + "/audittrail";
        String trail = api().get(pad).then().statusCode(200)
                .body("items.actie", contains("create", "update", "update"))
                .body("items.gebruikersId", everyItem(equalTo("medewerker-" + gemeente)))
                .body("items.resource", everyItem(equalTo("Beoordeling")))
                .body("items[0].hoofdObject", containsString("/api/v1/beoordelingen/" + id))
                .body("items[0].gemeente", equalTo(gemeente))
                .body("items[0].wijzigingen.nieuw.uitkomst", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.nieuw.uitkomst", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.oud.uitkomst", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.nieuw.intensiteit", equalTo("GEEN"))
                .body("items[1].wijzigingen.nieuw.invoer", startsWith("pseudoniem:"))
                .body("items[2].wijzigingen.nieuw.checklistAntwoorden", startsWith("pseudoniem:"))
                .body("totalItems", equalTo(3))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
        api(medewerker).get(pad).then().statusCode(403);
        api(Aanroeper.beheerder(ANDERE)).get(pad).then().statusCode(403);
        api(Aanroeper.ANONIEM).get(pad).then().statusCode(401);
        api().get("/beoordelingen/" + UUID.randomUUID() + "/audittrail").then().statusCode(404);
    }

    @Test
    void wissenVervangtDeKernambtenaarHoudtDeBeoordelingEnIsIdempotent() {
        String gemeente = TestData.nieuweGemeente();
        String id = Beveiliging.beoordelingMetGeheimeKernambtenaar(gemeente);
        String pad = "/beoordelingen/" + id;
        // Read before the erasure too: the answer kept for this read must not outlive it.
        assertTrue(Persoonsgegevens.in(api(Aanroeper.raadpleger(gemeente)).get(pad).then().statusCode(200)
                .extract().asString()));

        api(Aanroeper.medewerker(gemeente)).post(pad + "/_wissen").then().statusCode(403);
        String gewist = api().post(pad + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("uitkomst.aanspreekpunt.status", equalTo("KERNAMBTENAREN_BEKEND"))
                .body("uitkomst.aanspreekpunt.kernambtenaren", hasSize(1))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].naam", equalTo(Gewist.NAAM))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].email", equalTo(Gewist.EMAIL))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0]", not(hasKey("telefoon")))
                .body("uitkomst.aanspreekpunt.kern", equalTo("Maurik"))
                .body("niveau", equalTo("MEEDOEN"))
                .body("intensiteit", equalTo("MIDDEL"))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(gewist), gewist);
        api().post(pad + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""));
        String gelezen = api(Aanroeper.raadpleger(gemeente)).get(pad).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).extract().asString();
        assertFalse(Persoonsgegevens.in(gelezen), gelezen);

        String trail = api().get(pad + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update"))
                .body("items[1].gebruikersId", equalTo("beheerder-" + gemeente))
                .body("items[1].wijzigingen.nieuw.uitkomst", startsWith("pseudoniem:"))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
        assertTrue(trail.contains("pseudoniem:"), trail);
        api().post("/beoordelingen/" + UUID.randomUUID() + "/_wissen").then().statusCode(404);
    }
}
