package nl.participatiesuite.registry.onkostenvergoeding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/** Owns the inflation figures of 2021..2028 (the figures are global, not per gemeente). */
@QuarkusTest
class OnkostenvergoedingResourceTest extends ApiTest {

    /** Sets a year's figure, whether or not an earlier test already did. */
    private static void inflatiecijfer(int jaar, String cpi) {
        var bestaand = api().get("/inflatiecijfers/" + jaar).then().extract();
        var request = api().body(Map.of("cpiPercentage", new BigDecimal(cpi)));
        if (bestaand.statusCode() == 200) {
            request.header("If-Match", bestaand.header("ETag")).put("/inflatiecijfers/" + jaar).then().statusCode(200);
        } else {
            request.put("/inflatiecijfers/" + jaar).then().statusCode(201);
        }
    }

    private static void cijfers2021tot2024() {
        inflatiecijfer(2021, "2.7");
        inflatiecijfer(2022, "10.0");
        inflatiecijfer(2023, "3.8");
        inflatiecijfer(2024, "3.3");
    }

    private static String organisatie() {
        String gemeente = TestData.nieuweGemeente();
        return api().body(Map.of("naam", "Vereniging Dorpsbelang Maurik", "gemeente", gemeente, "rechtsvorm", "VERENIGING",
                        "kernIds", List.of(TestData.nieuweKern(gemeente, "Maurik"))))
                .post("/dorpsbelangenorganisaties").then().statusCode(201).extract().path("id");
    }

    @Test
    void inTheBaseYearTheAllowanceIsTheBaseAmount() {
        String id = organisatie();
        InflatiecijferResourceTest.apiMetDecimalen().get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/2020")
                .then().statusCode(200)
                .body("dorpsbelangenorganisatie", equalTo(id))
                .body("jaar", equalTo(2020)).body("basisjaar", equalTo(2020))
                .body("basisbedrag", equalTo(new BigDecimal("375.00")))
                .body("bedrag", equalTo(new BigDecimal("375.00")))
                .body("toegepasteInflatiecijfers", empty());
    }

    @Test
    void theAllowanceIsCorrectedForEveryYearsInflationAndRoundedAtTheEnd() {
        cijfers2021tot2024();
        String id = organisatie();
        // 375 × 1.027 = 385.125: exactly half a cent, rounded up.
        InflatiecijferResourceTest.apiMetDecimalen().get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/2021")
                .then().statusCode(200).body("bedrag", equalTo(new BigDecimal("385.13")));
        // 375 × 1.027 × 1.100 × 1.038 × 1.033 = 454.247003925
        InflatiecijferResourceTest.apiMetDecimalen().get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/2024")
                .then().statusCode(200)
                .body("bedrag", equalTo(new BigDecimal("454.25")))
                .body("toegepasteInflatiecijfers.jaar", contains(2021, 2022, 2023, 2024))
                .body("toegepasteInflatiecijfers.cpiPercentage", contains(new BigDecimal("2.7"), new BigDecimal("10.0"),
                        new BigDecimal("3.8"), new BigDecimal("3.3")));
    }

    @Test
    void everyMissingYearIsNamedAndNoAmountIsGiven() {
        cijfers2021tot2024();
        inflatiecijfer(2026, "1.0");
        String id = organisatie();
        api().get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/2028").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/inflatiecijfer-ontbreekt"))
                .body("status", equalTo(422))
                .body("detail", containsString("2025, 2027, 2028"))
                .body("detail", not(containsString("2026")))
                .body("$", not(hasKey("bedrag")));
    }

    @Test
    void aYearBeforeTheBaseYearIsInvalid() {
        String id = organisatie();
        api().get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/2019").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("jaar")).body("invalidParams[0].code", equalTo("min"));
        api().get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/2201").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("jaar"));
    }

    @Test
    void unknownOrganisationIsNotFound() {
        api().get("/dorpsbelangenorganisaties/00000000-0000-0000-0000-0000000000dd/onkostenvergoedingen/2021").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
