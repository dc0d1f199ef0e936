package nl.participatiesuite.registry.signaleringsgroep;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §4 for signaleringsgroepen and their vergoedingen: not public, read by the own gemeente, written by its
 * beheerder; the contactpersoon pseudonymised in the audit trail and erasable.
 */
@QuarkusTest
class SignaleringsgroepBeveiligingTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> geheim(String gemeente) {
        Map<String, Object> body = new HashMap<>();
        body.put("soort", "WHATSAPP_COORDINATOR");
        body.put("naam", "WhatsApp-coördinator");
        body.put("gemeente", gemeente);
        body.put("contactpersoon", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL,
                "telefoon", Persoonsgegevens.TELEFOON));
        return body;
    }

    private static String nieuw(String gemeente) {
        return api().body(geheim(gemeente)).post("/signaleringsgroepen").then().statusCode(201).extract().path("id");
    }

    @Test
    void aGroupIsReadByTheOwnGemeenteOnly() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(gemeente);
        api(Aanroeper.raadpleger(gemeente)).get("/signaleringsgroepen/" + id).then().statusCode(200)
                .body("contactpersoon.telefoon", equalTo(Persoonsgegevens.TELEFOON));
        api(Aanroeper.raadpleger(gemeente)).get("/signaleringsgroepen").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].contactpersoon.email", equalTo(Persoonsgegevens.EMAIL));
        api(Aanroeper.beheerder("GM0998")).get("/signaleringsgroepen/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        api(Aanroeper.beheerder("GM0998")).queryParam("gemeente", gemeente).get("/signaleringsgroepen").then().statusCode(403);
        api(Aanroeper.raadpleger("GM0998")).get("/signaleringsgroepen").then().statusCode(200)
                .body("items.gemeente", everyItem(equalTo("GM0998")));
        api(Aanroeper.ANONIEM).get("/signaleringsgroepen/" + id).then().statusCode(401);
        api(Aanroeper.beheerder("GM0998")).get("/signaleringsgroepen/" + id + "/vergoedingen/2024").then().statusCode(403);
    }

    @Test
    void onlyTheOwnBeheerderWritesGroupsAndVergoedingenAndARefusedWriteStoresNothing() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(gemeente);
        String vergoeding = "/signaleringsvergoedingen/" + gemeente + "/2024";
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(Aanroeper.beheerder("GM0998")).body(geheim(gemeente)).post("/signaleringsgroepen").then().statusCode(403)
                    .body("type", endsWith("/andere-gemeente"));
            api(Aanroeper.medewerker(gemeente)).body(geheim(gemeente)).post("/signaleringsgroepen").then().statusCode(403);
            api(Aanroeper.beheerder("GM0998")).header("If-Match", "\"0\"").delete("/signaleringsgroepen/" + id).then()
                    .statusCode(403);
            api(Aanroeper.beheerder("GM0998")).body(Map.of("bedrag", new BigDecimal("250.00"))).put(vergoeding).then()
                    .statusCode(403);
            api(Aanroeper.medewerker(gemeente)).body(Map.of("bedrag", new BigDecimal("250.00"))).put(vergoeding).then()
                    .statusCode(403);
        });
        api().body(Map.of("bedrag", new BigDecimal("250.00"))).put(vergoeding).then().statusCode(201);
        api(Aanroeper.raadpleger(gemeente)).get(vergoeding).then().statusCode(200);
        api(Aanroeper.beheerder("GM0998")).get(vergoeding).then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).queryParam("gemeente", gemeente).get("/signaleringsvergoedingen").then()
                .statusCode(403);
        api(Aanroeper.raadpleger(gemeente)).get("/signaleringsgroepen/" + id + "/vergoedingen/2024").then().statusCode(200)
                .body("bedrag", equalTo(250.0f));
    }

    @Test
    void changesAreInTheAuditTrailWithTheContactpersoonPseudonymised() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(gemeente);
        String vergoeding = "/signaleringsvergoedingen/" + gemeente + "/2024";
        api().body(Map.of("bedrag", new BigDecimal("250.00"))).put(vergoeding).then().statusCode(201);
        api().header("If-Match", "\"0\"").body(Map.of("bedrag", new BigDecimal("275.00"))).put(vergoeding).then()
                .statusCode(200);
        String trail = api().get("/signaleringsgroepen/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create"))
                .body("items[0].gebruikersId", equalTo("beheerder-" + gemeente))
                .body("items[0].wijzigingen.nieuw.contactpersoon.telefoon", startsWith("pseudoniem:"))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
        api().get(vergoeding + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update"))
                .body("items.resourceId", everyItem(equalTo(gemeente + "/2024")))
                .body("items[0].hoofdObject", endsWith("/api/v1" + vergoeding))
                .body("items[1].wijzigingen.oud.bedrag", equalTo(250.0f))
                .body("items[1].wijzigingen.nieuw.bedrag", equalTo(275.0f));
        api(Aanroeper.medewerker(gemeente)).get("/signaleringsgroepen/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/signaleringsgroepen/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get(vergoeding + "/audittrail").then().statusCode(403);
    }

    @Test
    void erasureReplacesTheContactpersoonAndIsIdempotent() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(gemeente);
        api(Aanroeper.medewerker(gemeente)).post("/signaleringsgroepen/" + id + "/_wissen").then().statusCode(403);
        api().post("/signaleringsgroepen/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("naam", equalTo("WhatsApp-coördinator"))
                .body("contactpersoon.naam", equalTo(Gewist.NAAM))
                .body("contactpersoon.email", nullValue())
                .body("contactpersoon.telefoon", nullValue());
        api().post("/signaleringsgroepen/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""));
        String trail = api().get("/signaleringsgroepen/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update")).extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
    }
}
