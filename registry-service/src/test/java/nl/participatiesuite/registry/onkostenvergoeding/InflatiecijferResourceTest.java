package nl.participatiesuite.registry.onkostenvergoeding;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.LocalIdentityProvider;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/** Uses the years 2150..2199 only: the allowance tests own 2021..2028. */
@QuarkusTest
class InflatiecijferResourceTest extends ApiTest {

    static RequestSpecification apiMetDecimalen() {
        return api().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void createsWithoutIfMatchAndChangesOnlyWithIt() {
        apiMetDecimalen().body(Map.of("cpiPercentage", 2.7)).put("/inflatiecijfers/2150").then().statusCode(201)
                .header("Location", endsWith("/api/v1/inflatiecijfers/2150"))
                .header("ETag", equalTo("\"0\""))
                .body("jaar", equalTo(2150)).body("cpiPercentage", equalTo(new BigDecimal("2.7")));
        api().body(Map.of("cpiPercentage", 3.1)).put("/inflatiecijfers/2150").then().statusCode(428)
                .contentType("application/problem+json");
        api().header("If-Match", "\"5\"").body(Map.of("cpiPercentage", 3.1)).put("/inflatiecijfers/2150").then()
                .statusCode(412);
        apiMetDecimalen().header("If-Match", "\"0\"").body(Map.of("cpiPercentage", 3)).put("/inflatiecijfers/2150").then()
                .statusCode(200).header("ETag", equalTo("\"1\""))
                .body("cpiPercentage", equalTo(new BigDecimal("3.0")));
        apiMetDecimalen().get("/inflatiecijfers/2150").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("cpiPercentage", equalTo(new BigDecimal("3.0")));
    }

    @Test
    void deflationIsAllowed() {
        apiMetDecimalen().body(Map.of("cpiPercentage", -1.5)).put("/inflatiecijfers/2151").then().statusCode(201)
                .body("cpiPercentage", equalTo(new BigDecimal("-1.5")));
    }

    @Test
    void anIfMatchOnAYearWithoutFigureCannotMatch() {
        api().header("If-Match", "\"0\"").body(Map.of("cpiPercentage", 2.0)).put("/inflatiecijfers/2152").then()
                .statusCode(412).contentType("application/problem+json");
        api().get("/inflatiecijfers/2152").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidInputListsEveryFieldIncludingTheYear() {
        api().body(Map.of("cpiPercentage", 2.75)).put("/inflatiecijfers/1999").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("cpiPercentage", "jaar"))
                .body("invalidParams.code", containsInAnyOrder("format", "min"));
        api().body(Map.of("cpiPercentage", 100.1)).put("/inflatiecijfers/2201").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("cpiPercentage", "jaar"))
                .body("invalidParams.code", containsInAnyOrder("max", "max"));
        api().body(Map.of("cpiPercentage", -50.1)).put("/inflatiecijfers/2153").then().statusCode(400)
                .body("invalidParams.code", containsInAnyOrder("min"));
        api().body(Map.of()).put("/inflatiecijfers/2153").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("cpiPercentage")).body("invalidParams[0].code", equalTo("required"));
        api().body(Map.of("cpiPercentage", "veel")).put("/inflatiecijfers/2153").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("cpiPercentage"));
        api().get("/inflatiecijfers/2153").then().statusCode(404);
    }

    @Test
    void listIsOrderedByYearAndPaged() {
        for (int jaar : new int[] {2162, 2160, 2161}) {
            api().body(Map.of("cpiPercentage", 1.0)).put("/inflatiecijfers/" + jaar).then().statusCode(201);
        }
        List<Integer> jaren = api().queryParam("pageSize", 100).get("/inflatiecijfers").then().statusCode(200)
                .extract().path("items.jaar");
        List<Integer> gesorteerd = new ArrayList<>(jaren);
        gesorteerd.sort(null);
        assertEquals(gesorteerd, jaren);
        assertTrue(jaren.containsAll(List.of(2160, 2161, 2162)));
        api().queryParam("pageSize", 1).get("/inflatiecijfers").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).header("X-Total-Count", Integer.toString(jaren.size()));
        api().queryParam("pageSize", 101).get("/inflatiecijfers").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("pageSize"));
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        api().body(Map.of("cpiPercentage", 2.0)).put("/inflatiecijfers/2170").then().statusCode(201);
        api().delete("/inflatiecijfers/2170").then().statusCode(428);
        api().header("If-Match", "\"3\"").delete("/inflatiecijfers/2170").then().statusCode(412);
        api().header("If-Match", "\"0\"").delete("/inflatiecijfers/2170").then().statusCode(204);
        api().get("/inflatiecijfers/2170").then().statusCode(404);
        api().header("If-Match", "\"0\"").delete("/inflatiecijfers/2170").then().statusCode(404);
    }

    /**
     * The figures are national, but every change must be made for a gemeente, so the audit trail names one: a
     * beheerder's token without a gemeente writes nothing.
     */
    @Test
    void aTokenWithoutGemeenteChangesNoFigure() {
        String zonderGemeente = "Bearer " + LocalIdentityProvider.voorTests().claims("zonder-gemeente", null, "beheerder").sign();
        raw(Aanroeper.ANONIEM).header("Authorization", zonderGemeente).contentType("application/json").body(Map.of("cpiPercentage", 2.0))
                .put("/inflatiecijfers/2175").then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("andere-gemeente"));
        api().get("/inflatiecijfers/2175").then().statusCode(404);
        api().body(Map.of("cpiPercentage", 2.0)).put("/inflatiecijfers/2175").then().statusCode(201);
        raw(Aanroeper.ANONIEM).header("Authorization", zonderGemeente).header("If-Match", "\"0\"")
                .delete("/inflatiecijfers/2175").then().statusCode(403);
        api().get("/inflatiecijfers/2175").then().statusCode(200);
    }

    /**
     * Every beheerder reads the trail of a national figure, but who changed it is personal data of the employee:
     * only the gemeente that employee acted for sees the name and subject.
     */
    @Test
    void theTrailOfANationalFigureNamesTheActorToTheActorsOwnGemeenteOnly() {
        String gemeente = TestData.nieuweGemeente();
        api(Aanroeper.beheerder(gemeente)).body(Map.of("cpiPercentage", 2.0)).put("/inflatiecijfers/2176").then().statusCode(201);
        api(Aanroeper.beheerder(gemeente)).get("/inflatiecijfers/2176/audittrail").then().statusCode(200)
                .body("items.gebruikersId", everyItem(equalTo("beheerder-" + gemeente)))
                .body("items.gebruikersWeergave", everyItem(equalTo("Test beheerder-" + gemeente)))
                .body("items.gebruikersGemeente", everyItem(equalTo(gemeente)));
        api(Aanroeper.beheerder("GM0998")).get("/inflatiecijfers/2176/audittrail").then().statusCode(200)
                .body("items.actie", equalTo(List.of("create")))
                .body("items[0].wijzigingen.nieuw", hasKey("cpiPercentage"))
                .body("items.gebruikersGemeente", everyItem(equalTo(gemeente)))
                .body("items", everyItem(not(hasKey("gebruikersId"))))
                .body("items", everyItem(not(hasKey("gebruikersWeergave"))));
    }

    /** Whoever loses the race to create a year is told so (409 or 428), never a 500 and never a second 201. */
    @Test
    void simultaneousCreationOfOneYearCreatesItOnce() throws Exception {
        int clients = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<CompletableFuture<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                statuses.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return raw().contentType("application/json").body(Map.of("cpiPercentage", 4.2))
                            .put("/inflatiecijfers/2190").then().extract().statusCode();
                }, pool));
            }
            start.countDown();
            Map<Integer, Integer> perStatus = new HashMap<>();
            for (CompletableFuture<Integer> status : statuses) {
                perStatus.merge(status.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(1, perStatus.getOrDefault(201, 0), perStatus.toString());
            assertEquals(clients - 1, perStatus.getOrDefault(409, 0) + perStatus.getOrDefault(428, 0), perStatus.toString());
        } finally {
            pool.shutdownNow();
        }
        api().get("/inflatiecijfers/2190").then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
