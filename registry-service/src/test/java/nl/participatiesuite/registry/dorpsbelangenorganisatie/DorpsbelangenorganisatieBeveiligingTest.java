package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §4 for dorpsbelangenorganisaties: public without the contactpersoon, written by the own beheerder,
 * every change in the audit trail with the contactpersoon as a pseudonym, and the contactpersoon erasable.
 */
@QuarkusTest
class DorpsbelangenorganisatieBeveiligingTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> geheim(String gemeente) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "Dorpsbelang Zoelen");
        body.put("gemeente", gemeente);
        body.put("rechtsvorm", "VERENIGING");
        body.put("kernIds", List.of(TestData.nieuweKern(gemeente, "Zoelen")));
        body.put("contactpersoon", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL,
                "telefoon", Persoonsgegevens.TELEFOON));
        return body;
    }

    private static String nieuw(Map<String, Object> body) {
        return api().body(body).post("/dorpsbelangenorganisaties").then().statusCode(201).extract().path("id");
    }

    @Test
    void anyoneReadsTheOrganisationButOnlyTheOwnGemeenteSeesTheContactpersoon() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(geheim(gemeente));
        api(Aanroeper.raadpleger(gemeente)).get("/dorpsbelangenorganisaties/" + id).then().statusCode(200)
                .body("contactpersoon.naam", equalTo(Persoonsgegevens.NAAM))
                .body("contactpersoon.email", equalTo(Persoonsgegevens.EMAIL))
                .body("contactpersoon.telefoon", equalTo(Persoonsgegevens.TELEFOON));
        for (Aanroeper vreemde : new Aanroeper[] {Aanroeper.ANONIEM, Aanroeper.beheerder("GM0998")}) {
            String antwoord = api(vreemde).get("/dorpsbelangenorganisaties/" + id).then().statusCode(200)
                    .body("naam", equalTo("Dorpsbelang Zoelen"))
                    .body("contactpersoon", not(hasKey("naam"))).body("contactpersoon", not(hasKey("email")))
                    .extract().asString();
            assertFalse(Persoonsgegevens.in(antwoord), vreemde + ": " + antwoord);
            // The public list, also filtered on another gemeente than the caller's own.
            antwoord = api(vreemde).queryParam("gemeente", gemeente).get("/dorpsbelangenorganisaties").then()
                    .statusCode(200).body("items.naam", contains("Dorpsbelang Zoelen")).extract().asString();
            assertFalse(Persoonsgegevens.in(antwoord), vreemde + ": " + antwoord);
        }
        api(Aanroeper.medewerker(gemeente)).queryParam("gemeente", gemeente).get("/dorpsbelangenorganisaties").then()
                .statusCode(200).body("items[0].contactpersoon.naam", equalTo(Persoonsgegevens.NAAM));
    }

    @Test
    void onlyTheOwnBeheerderWritesAndARefusedWriteStoresNothing() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = geheim(gemeente);
        String id = nieuw(body);
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(Aanroeper.beheerder("GM0998")).body(body).post("/dorpsbelangenorganisaties").then().statusCode(403)
                    .body("type", endsWith("/andere-gemeente")).body("detail", not(containsString(Persoonsgegevens.NAAM)));
            api(Aanroeper.beheerder("GM0998")).header("If-Match", "\"0\"").body(body)
                    .put("/dorpsbelangenorganisaties/" + id).then().statusCode(403);
            api(Aanroeper.beheerder("GM0998")).header("If-Match", "\"0\"").delete("/dorpsbelangenorganisaties/" + id)
                    .then().statusCode(403);
            api(Aanroeper.beheerder("GM0998")).post("/dorpsbelangenorganisaties/" + id + "/_wissen").then().statusCode(403);
            api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"0\"").body(body)
                    .put("/dorpsbelangenorganisaties/" + id).then().statusCode(403);
        });
        api().get("/dorpsbelangenorganisaties/" + id).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void everyChangeIsInTheAuditTrailWithTheContactpersoonPseudonymised() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = geheim(gemeente);
        String id = nieuw(body);
        body.put("contactpersoon", Map.of("naam", Persoonsgegevens.NAAM, "telefoon", "0344 000 000"));
        api().header("If-Match", "\"0\"").body(body).put("/dorpsbelangenorganisaties/" + id).then().statusCode(200);

        String trail = api().get("/dorpsbelangenorganisaties/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update"))
                .body("items.gebruikersId", everyItem(equalTo("beheerder-" + gemeente)))
                .body("items.gemeente", everyItem(equalTo(gemeente)))
                .body("items[0].hoofdObject", endsWith("/api/v1/dorpsbelangenorganisaties/" + id))
                .body("items[0].wijzigingen.nieuw.contactpersoon.naam", startsWith("pseudoniem:"))
                // The embedded contactpersoon shows its own fields only, not those Hibernate's enhancement adds.
                .body("items[0].wijzigingen.nieuw.contactpersoon.keySet()", containsInAnyOrder("naam", "email", "telefoon"))
                .body("items[1].wijzigingen.oud.contactpersoon.email", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.nieuw.contactpersoon.email", nullValue())
                .body("items[1].wijzigingen.nieuw.contactpersoon.naam",
                        equalTo(api().get("/dorpsbelangenorganisaties/" + id + "/audittrail").then().extract()
                                .<String>path("items[0].wijzigingen.nieuw.contactpersoon.naam")))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
        api(Aanroeper.medewerker(gemeente)).get("/dorpsbelangenorganisaties/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/dorpsbelangenorganisaties/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.ANONIEM).get("/dorpsbelangenorganisaties/" + id + "/audittrail").then().statusCode(401);
    }

    @Test
    void erasureReplacesTheContactpersoonKeepsTheOrganisationAndIsIdempotent() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuw(geheim(gemeente));
        api(Aanroeper.medewerker(gemeente)).post("/dorpsbelangenorganisaties/" + id + "/_wissen").then().statusCode(403);
        api().post("/dorpsbelangenorganisaties/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("naam", equalTo("Dorpsbelang Zoelen"))
                .body("contactpersoon.naam", equalTo(Gewist.NAAM))
                .body("contactpersoon.email", nullValue())
                .body("contactpersoon.telefoon", nullValue());
        api().post("/dorpsbelangenorganisaties/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""));
        api(Aanroeper.raadpleger(gemeente)).get("/dorpsbelangenorganisaties/" + id).then().statusCode(200)
                .body("contactpersoon.naam", equalTo(Gewist.NAAM));
        String trail = api().get("/dorpsbelangenorganisaties/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update")).extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
    }
}
