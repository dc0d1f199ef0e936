package nl.participatiesuite.registry.support;

import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh tenants and kernen per test, so tests sharing one database never see each other's data. */
public final class TestData {

    private static final AtomicInteger NEXT_GEMEENTE = new AtomicInteger(5000);

    private TestData() {
    }

    /** A fresh gemeente the test works in: from here on {@code api()} calls as its beheerder. */
    public static String nieuweGemeente() {
        String code = nieuweCode();
        // From here on the test calls as the beheerder of its own gemeente.
        Aanroeper.werkIn(code);
        ApiTest.api().body(Map.of("code", code, "naam", "Testgemeente " + code))
                .post("/gemeenten").then().statusCode(201);
        return code;
    }

    /**
     * Another registered gemeente, registered by its own beheerder, for data of a second gemeente: the test keeps
     * working in the gemeente it worked in.
     */
    public static String andereGemeente() {
        String code = nieuweCode();
        ApiTest.api(Aanroeper.beheerder(code)).body(Map.of("code", code, "naam", "Testgemeente " + code))
                .post("/gemeenten").then().statusCode(201);
        return code;
    }

    /** A CBS code no test used yet, not registered. */
    public static String nieuweCode() {
        return "GM" + NEXT_GEMEENTE.getAndIncrement();
    }

    /** A kern of the gemeente, registered by that gemeente's beheerder (whichever gemeente the test works in). */
    public static String nieuweKern(String gemeente, String naam) {
        return ApiTest.api(Aanroeper.beheerder(gemeente)).body(Map.of("naam", naam, "gemeente", gemeente))
                .post("/kernen").then().statusCode(201).extract().path("id");
    }
}
