package nl.participatiesuite.registry.support;

import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh tenants and kernen per test, so tests sharing one database never see each other's data. */
public final class TestData {

    private static final AtomicInteger NEXT_GEMEENTE = new AtomicInteger(5000);

    private TestData() {
    }

    public static String nieuweGemeente() {
        String code = "GM" + NEXT_GEMEENTE.getAndIncrement();
        // From here on the test calls as the beheerder of its own gemeente.
        Aanroeper.werkIn(code);
        ApiTest.api().body(Map.of("code", code, "naam", "Testgemeente " + code))
                .post("/gemeenten").then().statusCode(201);
        return code;
    }

    public static String nieuweKern(String gemeente, String naam) {
        return ApiTest.api().body(Map.of("naam", naam, "gemeente", gemeente))
                .post("/kernen").then().statusCode(201).extract().path("id");
    }
}
