package nl.participatiesuite.registry.kernambtenaar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KernambtenaarResourceTest extends ApiTest {

    private static final String ONBEKEND = "00000000-0000-0000-0000-0000000000aa";

    @Inject
    EntityManager database;

    static Map<String, Object> kernambtenaar(String naam, String gemeente, String... kernIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", naam);
        body.put("email", naam.toLowerCase().replace(' ', '.') + "@buren.nl");
        body.put("telefoon", "0344 579 111");
        body.put("gemeente", gemeente);
        body.put("kernIds", Arrays.asList(kernIds));
        return body;
    }

    static String nieuweKernambtenaar(String naam, String gemeente, String... kernIds) {
        return api().body(kernambtenaar(naam, gemeente, kernIds)).post("/kernambtenaren").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void registersAKernambtenaarForSeveralKernen() {
        String gemeente = TestData.nieuweGemeente();
        String zoelen = TestData.nieuweKern(gemeente, "Zoelen");
        String ingen = TestData.nieuweKern(gemeente, "Ingen");
        String id = api().body(kernambtenaar("Mila Jansen", gemeente, zoelen, ingen)).post("/kernambtenaren").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/kernambtenaren/"))
                .header("ETag", equalTo("\"0\""))
                .body("naam", equalTo("Mila Jansen"))
                .body("email", equalTo("mila.jansen@buren.nl"))
                .body("telefoon", equalTo("0344 579 111"))
                .body("gemeente", equalTo(gemeente))
                .body("kernIds", contains(ingen, zoelen))
                .extract().path("id");
        api().get("/kernambtenaren/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("kernIds", contains(ingen, zoelen));
    }

    @Test
    void invalidInputListsEveryFieldAndStoresNothing() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = new HashMap<>();
        body.put("naam", " ");
        body.put("email", "geen-e-mailadres");
        body.put("telefoon", "bel me");
        body.put("gemeente", gemeente);
        body.put("kernIds", List.of());
        api().body(body).post("/kernambtenaren").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("naam", "email", "telefoon", "kernIds"))
                .body("invalidParams.code", containsInAnyOrder("required", "format", "pattern", "size"));
        body.put("gemeente", "Buren");
        body.remove("kernIds");
        api().body(body).post("/kernambtenaren").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("naam", "email", "telefoon", "gemeente", "kernIds"));
        api().queryParam("gemeente", gemeente).get("/kernambtenaren").then().statusCode(200).body("items", empty());
    }

    @Test
    void everyBadKernIdIsReportedAtOnce() {
        String gemeente = TestData.nieuweGemeente();
        String eigen = TestData.nieuweKern(gemeente, "Buren");
        String elders = TestData.nieuweKern(TestData.andereGemeente(), "Elders");
        api().body(kernambtenaar("Sam de Boer", gemeente, eigen, ONBEKEND, elders)).post("/kernambtenaren").then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams", hasSize(2))
                .body("invalidParams.name", contains("kernIds[1]", "kernIds[2]"))
                .body("invalidParams.code", contains("unknown", "otherGemeente"));
        api().body(kernambtenaar("Sam de Boer", gemeente, eigen, null, eigen)).post("/kernambtenaren").then()
                .statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("kernIds[1]", "kernIds"))
                .body("invalidParams.code", containsInAnyOrder("required", "duplicate"));
        // Registering in another gemeente is refused; a beheerder of a gemeente that is not registered is told so.
        api().body(kernambtenaar("Sam de Boer", "GM9990", eigen)).post("/kernambtenaren").then()
                .statusCode(403).body("type", endsWith("/andere-gemeente"));
        api(Aanroeper.beheerder("GM9990")).body(kernambtenaar("Sam de Boer", "GM9990", eigen)).post("/kernambtenaren").then()
                .statusCode(400)
                .body("invalidParams.name", contains("gemeente", "kernIds[0]"))
                .body("invalidParams.code", contains("unknown", "otherGemeente"));
        api().queryParam("gemeente", gemeente).get("/kernambtenaren").then().body("items", empty());
    }

    @Test
    void listFiltersByGemeenteKernAndNaamInAFixedOrder() {
        String gemeente = TestData.nieuweGemeente();
        String zoelen = TestData.nieuweKern(gemeente, "Zoelen");
        String maurik = TestData.nieuweKern(gemeente, "Maurik");
        nieuweKernambtenaar("Wim Smit", gemeente, zoelen);
        nieuweKernambtenaar("Anna Bos", gemeente, maurik, zoelen);
        nieuweKernambtenaar("Kees Vos", gemeente, maurik);
        api().queryParam("gemeente", gemeente).get("/kernambtenaren").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.naam", contains("Anna Bos", "Kees Vos", "Wim Smit"));
        // The call the assessment- and evaluation-service make to name a kern's aanspreekpunt.
        api().queryParam("kern", zoelen).get("/kernambtenaren").then().statusCode(200)
                .body("items.naam", contains("Anna Bos", "Wim Smit"))
                .body("items[0].email", equalTo("anna.bos@buren.nl"))
                .body("items[0].telefoon", equalTo("0344 579 111"))
                .body("items[0].kernIds", contains(maurik, zoelen));
        api().queryParam("gemeente", gemeente).queryParam("q", "VOS").get("/kernambtenaren").then()
                .body("items.naam", contains("Kees Vos"));
        api().queryParam("gemeente", gemeente).queryParam("pageSize", 2).queryParam("page", 2).get("/kernambtenaren").then()
                .header("Link", containsString("rel=\"prev\""))
                .body("items.naam", contains("Wim Smit")).body("totalPages", equalTo(2));
        api().queryParam("kern", "zoelen").queryParam("gemeente", "Buren").get("/kernambtenaren").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("kern", "gemeente"));
    }

    @Test
    void updateReplacesTheKernenAndNeedsTheCurrentVersion() {
        String gemeente = TestData.nieuweGemeente();
        String asch = TestData.nieuweKern(gemeente, "Asch");
        String buren = TestData.nieuweKern(gemeente, "Buren");
        String id = nieuweKernambtenaar("Eva Mulder", gemeente, asch);
        Map<String, Object> body = kernambtenaar("Eva Mulder-de Wit", gemeente, buren);
        api().body(body).put("/kernambtenaren/" + id).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"4\"").body(body).put("/kernambtenaren/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put("/kernambtenaren/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("naam", equalTo("Eva Mulder-de Wit")).body("kernIds", contains(buren));
        api().queryParam("kern", asch).get("/kernambtenaren").then().body("items", empty());
        api().header("If-Match", "\"1\"").body(kernambtenaar("Eva Mulder", TestData.andereGemeente(), buren))
                .put("/kernambtenaren/" + id).then().statusCode(400)
                .body("invalidParams.name", contains("gemeente", "kernIds[0]"))
                .body("invalidParams.code", contains("immutable", "otherGemeente"));
        api().header("If-Match", "\"1\"").body(body).put("/kernambtenaren/" + ONBEKEND).then().statusCode(404);
    }

    @Test
    void deleteNeedsTheCurrentVersionAndFreesTheKern() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Eck en Wiel");
        String id = nieuweKernambtenaar("Noor Peters", gemeente, kern);
        api().header("If-Match", "\"0\"").delete("/kernen/" + kern).then().statusCode(409)
                .contentType("application/problem+json");
        api().delete("/kernambtenaren/" + id).then().statusCode(428);
        api().header("If-Match", "\"2\"").delete("/kernambtenaren/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").delete("/kernambtenaren/" + id).then().statusCode(204);
        api().get("/kernambtenaren/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(id));
        api().header("If-Match", "\"0\"").delete("/kernen/" + kern).then().statusCode(204);
    }

    /** The initiatief API lives elsewhere; the row is written directly to test this service's own guard. */
    @Test
    void aKernambtenaarWhoIsStillAnInitiatiefsContactpersoonIsNotDeleted() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuweKernambtenaar("Lotte Kok", gemeente, TestData.nieuweKern(gemeente, "Ingen"));
        QuarkusTransaction.requiringNew().run(() -> database.createNativeQuery("""
                insert into initiatief (id, gemeente_code, titel, doel, activiteit, schaal, initiatiefnemer_type,
                                        initiatiefnemer_naam, contactpersoon_kernambtenaar_id, status)
                values (:id, :gemeente, 'Jeu-de-boulesbaan', 'Ontmoeting', 'Baan aanleggen', 'DORP_WIJK', 'INWONER',
                        'Buurtvereniging', :kernambtenaar, 'INGEDIEND')
                """).setParameter("id", UUID.randomUUID()).setParameter("gemeente", gemeente)
                .setParameter("kernambtenaar", UUID.fromString(id)).executeUpdate());
        api().header("If-Match", "\"0\"").delete("/kernambtenaren/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("kernambtenaar-in-gebruik"));
        api().get("/kernambtenaren/" + id).then().statusCode(200);
    }
}
