package nl.participatiesuite.registry.kern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Cursorwandeling;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.Gelijktijdig;
import nl.participatiesuite.registry.support.TestData;
import nl.participatiesuite.registry.support.UitdaagrechtData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KernResourceTest extends ApiTest {

    @Test
    void registersAKernWithItsKernwethouder() {
        String gemeente = TestData.nieuweGemeente();
        String id = api().body(Map.of("naam", "Zoelen", "gemeente", gemeente, "inwonertal", 1500,
                        "kernwethouder", "J. de Vries"))
                .post("/kernen").then().statusCode(201)
                .header("Location", containsString("/api/v1/kernen/"))
                .header("ETag", equalTo("\"0\""))
                .body("naam", equalTo("Zoelen")).body("kernwethouder", equalTo("J. de Vries"))
                .extract().path("id");
        api().get("/kernen/" + id).then().statusCode(200).body("inwonertal", equalTo(1500))
                .body("gemeente", equalTo(gemeente));
    }

    @Test
    void invalidInputListsEveryField() {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "");
        body.put("gemeente", "Buren");
        body.put("inwonertal", -3);
        body.put("kernwethouder", "x".repeat(201));
        api().body(body).post("/kernen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams", hasSize(4))
                .body("invalidParams.name", hasItems("naam", "gemeente", "inwonertal", "kernwethouder"));
    }

    @Test
    void unknownGemeenteIsInvalidInput() {
        // Only a beheerder of that gemeente may register its kernen; one of a gemeente that is not registered is told so.
        api(Aanroeper.beheerder("GM9997")).body(Map.of("naam", "Ergens", "gemeente", "GM9997")).post("/kernen").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("gemeente"))
                .body("invalidParams[0].code", equalTo("unknown"));
        api().body(Map.of("naam", "Ergens", "gemeente", "GM9997")).post("/kernen").then().statusCode(403)
                .contentType("application/problem+json").body("type", endsWith("/andere-gemeente"));
    }

    @Test
    void naamIsUniqueWithinTheGemeente() {
        String gemeente = TestData.nieuweGemeente();
        TestData.nieuweKern(gemeente, "Ingen");
        api().body(Map.of("naam", "INGEN", "gemeente", gemeente)).post("/kernen").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("INGEN"));
        String other = TestData.nieuweGemeente();
        TestData.nieuweKern(other, "Ingen");
    }

    @Test
    void updateNeedsTheCurrentVersionAndKeepsTheGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuweKern(gemeente, "Asch");
        Map<String, Object> body = Map.of("naam", "Asch", "gemeente", gemeente, "kernwethouder", "P. Jansen");
        api().body(body).put("/kernen/" + id).then().statusCode(428);
        api().header("If-Match", "\"3\"").body(body).put("/kernen/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put("/kernen/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("kernwethouder", equalTo("P. Jansen"));
        api().header("If-Match", "\"1\"").body(Map.of("naam", "Asch", "gemeente", TestData.andereGemeente()))
                .put("/kernen/" + id).then().statusCode(400).body("invalidParams[0].code", equalTo("immutable"));
        api().header("If-Match", "\"1\"").body(body).put("/kernen/00000000-0000-0000-0000-000000000001").then()
                .statusCode(404);
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuweKern(gemeente, "Aalst");
        api().delete("/kernen/" + id).then().statusCode(428);
        api().header("If-Match", "\"9\"").delete("/kernen/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").delete("/kernen/" + id).then().statusCode(204);
        api().get("/kernen/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aKernAnUitdaagrechtverzoekNamesIsInUseLikeOneAnInitiatiefNames() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Eck en Wiel");
        Map<String, Object> verzoek = UitdaagrechtData.verzoek(gemeente, LocalDate.of(2026, 3, 2));
        verzoek.put("kernIds", List.of(kern));
        UitdaagrechtData.nieuwVerzoek(verzoek);

        api().header("If-Match", "\"0\"").delete("/kernen/" + kern).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/kern-in-gebruik"))
                .body("detail", containsString("uitdaagrechtverzoeken"));
        api().get("/kernen/" + kern).then().statusCode(200);
    }

    @Test
    void concurrentWritesNeverEndInAServerError() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuweKern(gemeente, "Erichem");
        List<Integer> deletes = Gelijktijdig.tegelijk(6, i -> api().header("If-Match", "\"0\"")
                .delete("/kernen/" + id).then().extract().statusCode());
        assertEquals(1, deletes.stream().filter(status -> status == 204).count(), deletes.toString());
        assertTrue(deletes.stream().allMatch(status -> status == 204 || status == 404 || status == 412), deletes.toString());

        List<Integer> creates = Gelijktijdig.tegelijk(6, i -> api().body(Map.of("naam", "Rijswijk", "gemeente", gemeente))
                .post("/kernen").then().extract().statusCode());
        assertEquals(1, creates.stream().filter(status -> status == 201).count(), creates.toString());
        assertTrue(creates.stream().allMatch(status -> status == 201 || status == 409), creates.toString());
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aVeryLargeListSaysItsTotalIsALowerBound() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO kern (id, gemeente_code, naam) SELECT gen_random_uuid(), '" + gemeente
                    + "', 'Kern ' || lpad(n::text, 4, '0') FROM generate_series(1, 1001) n");
        }
        api().queryParam("gemeente", gemeente).get("/kernen").then().statusCode(200)
                .body("totalItemsExact", equalTo(false))
                .body("totalItems", equalTo(1000))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", not(containsString("rel=\"last\"")))
                .header("X-Total-Count", org.hamcrest.Matchers.nullValue());
        // The last, partly filled page knows the exact total without counting.
        api().queryParam("gemeente", gemeente).queryParam("page", 51).get("/kernen").then().statusCode(200)
                .body("items", hasSize(1)).body("totalItemsExact", equalTo(true)).body("totalItems", equalTo(1001))
                .header("X-Total-Count", equalTo("1001"));
    }

    @Test
    void listFiltersByGemeenteAndNameInAFixedOrder() {
        String gemeente = TestData.nieuweGemeente();
        TestData.nieuweKern(gemeente, "Zoelmond");
        TestData.nieuweKern(gemeente, "Beusichem");
        TestData.nieuweKern(gemeente, "Buren");
        api().queryParam("gemeente", gemeente).get("/kernen").then().statusCode(200)
                .body("items.naam", org.hamcrest.Matchers.contains("Beusichem", "Buren", "Zoelmond"))
                .body("totalItems", equalTo(3));
        api().queryParam("gemeente", gemeente).queryParam("q", "bu").get("/kernen").then()
                .body("items.naam", org.hamcrest.Matchers.contains("Buren"));
        api().queryParam("gemeente", gemeente).queryParam("pageSize", 2).get("/kernen").then()
                .header("Link", containsString("rel=\"next\""))
                .header("Link", not(containsString("rel=\"prev\"")))
                .body("items", hasSize(2)).body("totalPages", equalTo(2));
        api().queryParam("gemeente", "Buren").get("/kernen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeente"));
    }

    @Test
    void walkingTheListByCursorSeesEveryKernOnceInTheListsOrder() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        String buur = TestData.nieuweGemeente();
        // The first key (gemeente) ties within a gemeente: the cursor must go on to naam and id.
        insertKernen(gemeente, 23);
        insertKernen(buur, 4);
        List<String> perNummer = api().queryParam("gemeente", gemeente).queryParam("pageSize", 100).get("/kernen").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertEquals(23, perNummer.size());
        assertEquals(perNummer, Cursorwandeling.ids(() -> api(), "/kernen", Map.of("gemeente", gemeente, "pageSize", 5)));

        // A filter stays with the cursor: q=kern 1 is Kern 1 and Kern 10..19.
        List<String> gezocht = Cursorwandeling.ids(() -> api(), "/kernen", Map.of("gemeente", gemeente, "q", "kern 1", "pageSize", 3));
        assertEquals(api().queryParam("gemeente", gemeente).queryParam("q", "kern 1").get("/kernen").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class), gezocht);
        assertEquals(11, gezocht.size());
    }

    @Test
    void aPageByCursorSaysWhichPageItIsAndKeepsTheTotal() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        insertKernen(gemeente, 12);
        String next = Cursorwandeling.next(api().queryParam("gemeente", gemeente).queryParam("pageSize", 5).get("/kernen"));
        io.restassured.response.Response tweede = api().urlEncodingEnabled(false).get(next.replaceFirst("^/api/v1", ""));
        tweede.then().statusCode(200)
                .body("page", equalTo(2)).body("pageSize", equalTo(5)).body("items", hasSize(5))
                .body("totalItems", equalTo(12)).body("totalItemsExact", equalTo(true)).body("totalPages", equalTo(3))
                .header("X-Total-Count", "12")
                .header("Link", containsString("page=1&pageSize=5>; rel=\"prev\""))
                .header("Link", containsString("page=3&pageSize=5>; rel=\"last\""))
                .header("Link", containsString("cursor="));
        // The last page, reached by cursor, has no next.
        api().urlEncodingEnabled(false).get(Cursorwandeling.next(tweede).replaceFirst("^/api/v1", "")).then().statusCode(200)
                .body("page", equalTo(3)).body("items", hasSize(2)).body("totalItems", equalTo(12))
                .header("Link", not(containsString("rel=\"next\"")));
    }

    @Test
    void aGarbledOrForeignCursorIsA400NamingOnlyTheCursor() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        insertKernen(gemeente, 3);
        String next = Cursorwandeling.next(api().queryParam("gemeente", gemeente).queryParam("pageSize", 2).get("/kernen"));
        String cursor = next.replaceFirst(".*[?&]cursor=([^&]*).*", "$1");
        // A cursor of the list of initiatieven (newest first: a moment and an id) is no cursor of this list.
        String ander = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"positie\":2,\"na\":"
                + "[\"2026-12-01T09:49:20Z\",\"" + java.util.UUID.randomUUID() + "\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String fout : List.of("f" + cursor.substring(1), cursor.substring(0, cursor.length() - 3), cursor + "=", "bm9vaXQ", ander)) {
            api().queryParam("gemeente", gemeente).queryParam("cursor", fout).get("/kernen").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidParams", hasSize(1))
                    .body("invalidParams[0].name", equalTo("cursor")).body("invalidParams[0].code", equalTo("format"));
        }
        // A cursor and a page number both say where the page starts.
        api().queryParam("gemeente", gemeente).queryParam("cursor", cursor).queryParam("page", 2).get("/kernen").then()
                .statusCode(400).body("invalidParams", hasSize(1))
                .body("invalidParams[0].name", equalTo("page")).body("invalidParams[0].code", equalTo("inconsistent"));
        api().queryParam("gemeente", gemeente).queryParam("cursor", cursor).queryParam("page", 1).get("/kernen").then()
                .statusCode(200).body("items", hasSize(1));
    }

    private void insertKernen(String gemeente, int aantal) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO kern (id, gemeente_code, naam) SELECT gen_random_uuid(), '" + gemeente
                    + "', 'Kern ' || n FROM generate_series(1, " + aantal + ") n");
        }
    }
}
