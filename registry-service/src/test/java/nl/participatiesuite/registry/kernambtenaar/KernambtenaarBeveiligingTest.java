package nl.participatiesuite.registry.kernambtenaar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.Map;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/** domain.md §4 for kernambtenaren: personal data, the audit trail and erasure. */
@QuarkusTest
class KernambtenaarBeveiligingTest extends ApiTest {

    @Inject
    EntityManager database;

    private static Map<String, Object> geheim(String gemeente, String kern) {
        return Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL,
                "telefoon", Persoonsgegevens.TELEFOON, "gemeente", gemeente, "kernIds", java.util.List.of(kern));
    }

    @Test
    void aKernambtenaarIsReadOnlyInTheOwnGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String id = api().body(geheim(gemeente, TestData.nieuweKern(gemeente, "Zoelen"))).post("/kernambtenaren")
                .then().statusCode(201).extract().path("id");
        api(Aanroeper.raadpleger(gemeente)).get("/kernambtenaren/" + id).then().statusCode(200)
                .body("email", equalTo(Persoonsgegevens.EMAIL)).body("telefoon", equalTo(Persoonsgegevens.TELEFOON));
        api(Aanroeper.beheerder("GM0998")).get("/kernambtenaren/" + id).then().statusCode(403)
                .body("detail", not(containsString(Persoonsgegevens.NAAM)));
        api(Aanroeper.beheerder("GM0998")).queryParam("gemeente", gemeente).get("/kernambtenaren").then().statusCode(403);
        api(Aanroeper.ANONIEM).get("/kernambtenaren/" + id).then().statusCode(401);
        // Without a filter a caller sees the kernambtenaren of the own gemeente only.
        api(Aanroeper.raadpleger("GM0998")).get("/kernambtenaren").then().statusCode(200)
                .body("items.gemeente", everyItem(equalTo("GM0998")));
    }

    @Test
    void aPublicReadHidesPersonalFieldsFromAnonymousCallersAndOtherGemeenten() {
        String gemeente = TestData.nieuweGemeente();
        String kern = api().body(Map.of("naam", "Ingen", "gemeente", gemeente, "kernwethouder", Persoonsgegevens.NAAM))
                .post("/kernen").then().statusCode(201).extract().path("id");
        api(Aanroeper.raadpleger(gemeente)).get("/kernen/" + kern).then().statusCode(200)
                .body("kernwethouder", equalTo(Persoonsgegevens.NAAM));
        api(Aanroeper.ANONIEM).get("/kernen/" + kern).then().statusCode(200)
                .body("naam", equalTo("Ingen")).body("$", not(hasKey("kernwethouder")));
        api(Aanroeper.medewerker("GM0998")).queryParam("gemeente", gemeente).get("/kernen").then().statusCode(200)
                .body("items[0].naam", equalTo("Ingen")).body("items[0]", not(hasKey("kernwethouder")));
    }

    @Test
    void aWriteInAnotherGemeenteIsRefused() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Zoelen");
        api(Aanroeper.beheerder("GM0998")).body(geheim(gemeente, kern)).post("/kernambtenaren").then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("andere-gemeente"));
        api(Aanroeper.medewerker(gemeente)).body(geheim(gemeente, kern)).post("/kernambtenaren").then().statusCode(403);
        api(Aanroeper.raadpleger(gemeente)).queryParam("gemeente", gemeente).get("/kernambtenaren").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void everyChangeIsInTheAuditTrailWithPersonalValuesPseudonymised() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Zoelen");
        String id = api().body(geheim(gemeente, kern)).post("/kernambtenaren").then().statusCode(201).extract().path("id");
        Map<String, Object> gewijzigd = new java.util.HashMap<>(geheim(gemeente, kern));
        gewijzigd.put("telefoon", "0344 000 000");
        api().header("If-Match", "\"0\"").body(gewijzigd).put("/kernambtenaren/" + id).then().statusCode(200);
        // A refused change leaves no entry.
        api().header("If-Match", "\"7\"").body(gewijzigd).put("/kernambtenaren/" + id).then().statusCode(412);

        String trail = api().get("/kernambtenaren/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update"))
                .body("items.gebruikersId", everyItem(equalTo("beheerder-" + gemeente)))
                .body("items[0].hoofdObject", containsString("/api/v1/kernambtenaren/" + id))
                .body("items[0].gemeente", equalTo(gemeente))
                .body("items[1].wijzigingen.nieuw.telefoon", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.oud.telefoon", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.nieuw", not(hasKey("email")))
                .body("totalItems", equalTo(2))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(Persoonsgegevens.in(trail), trail);
        api(Aanroeper.medewerker(gemeente)).get("/kernambtenaren/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/kernambtenaren/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.ANONIEM).get("/kernambtenaren/" + id + "/audittrail").then().statusCode(401);
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEntryAndACommittedOneAlwaysHasOne() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Zoelen");
        UUID id = UUID.fromString(api().body(geheim(gemeente, kern)).post("/kernambtenaren").then().statusCode(201)
                .extract().path("id"));
        assertEquals(1, auditregels(id));
        QuarkusTransaction.begin();
        database.find(Kernambtenaar.class, id).telefoon = "0344 000 001";
        database.flush();
        assertEquals(2, auditregels(id), "written in the change's own transaction");
        QuarkusTransaction.rollback();
        assertEquals(1, auditregels(id), "gone with the rolled-back change");
        QuarkusTransaction.requiringNew().run(() -> database.find(Kernambtenaar.class, id).telefoon = "0344 000 002");
        assertEquals(2, auditregels(id));
        api().get("/kernambtenaren/" + id + "/audittrail").then().statusCode(200)
                .body("items[1].gebruikersId", equalTo("systeem"));
    }

    private long auditregels(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) database.createNativeQuery(
                "select count(*) from audittrail where hoofd_resource = 'kernambtenaren' and hoofd_id = :id")
                .setParameter("id", id.toString()).getSingleResult()).longValue());
    }

    @Test
    void erasureReplacesThePersonalFieldsKeepsTheRecordAndIsIdempotent() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Zoelen");
        String id = api().body(geheim(gemeente, kern)).post("/kernambtenaren").then().statusCode(201).extract().path("id");
        api(Aanroeper.medewerker(gemeente)).post("/kernambtenaren/" + id + "/_wissen").then().statusCode(403);
        api().post("/kernambtenaren/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("naam", equalTo(Gewist.NAAM)).body("email", equalTo(Gewist.EMAIL)).body("telefoon", nullValue())
                .body("kernIds", contains(kern));
        api().post("/kernambtenaren/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""));
        String trail = api().get("/kernambtenaren/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update")).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(Persoonsgegevens.in(trail), trail);
    }
}
