package nl.participatiesuite.registry.onkostenvergoeding;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
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
import nl.participatiesuite.registry.support.ApiTest;
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
