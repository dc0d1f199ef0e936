package nl.participatiesuite.evaluation.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.participatiesuite.apirules.test.Aanroeper;

/** Fresh tenants and initiatieven per test, so tests sharing one database never see each other's data. */
public final class TestData {

    private static final AtomicInteger NEXT_GEMEENTE = new AtomicInteger(5000);

    private TestData() {
    }

    /**
     * A gemeente code no other test uses (the evaluation-service keeps no gemeente table). From here on the
     * test calls as the beheerder of this gemeente ({@code api()}).
     */
    public static String nieuweGemeente() {
        String code = "GM" + NEXT_GEMEENTE.getAndIncrement();
        Aanroeper.werkIn(code);
        return code;
    }

    /** The smallest valid report for an initiatief; tests add or replace fields. */
    public static Map<String, Object> verslag(UUID initiatiefId) {
        Map<String, Object> body = new HashMap<>();
        body.put("initiatiefId", initiatiefId.toString());
        body.put("doelen", List.of(Map.of("omschrijving", "Een veilige oversteek", "resultaat", "BEHAALD")));
        body.put("gerealiseerdNiveau", "RAADPLEGEN");
        body.put("gedeeld", false);
        return body;
    }

    /** Stores a report as the beheerder of the gemeente the test works in, and returns its id. */
    public static String nieuwVerslag(Map<String, Object> body) {
        return nieuwVerslag(Aanroeper.standaard(), body);
    }

    /** Stores a report as this caller (a medewerker of the initiatief's gemeente, say) and returns its id. */
    public static String nieuwVerslag(Aanroeper aanroeper, Map<String, Object> body) {
        return ApiTest.api(aanroeper).body(body).post("/evaluaties").then().statusCode(201).extract().path("id");
    }

    /** A stored report of a fresh initiatief of this gemeente, rating these werkvormen at this schaal. */
    public static String verslagMetWerkvormen(String gemeente, boolean gedeeld, String schaal, Object... werkvormEnWaardering) {
        Map<String, Object> body = verslag(PeerStubs.initiatief(gemeente, "Initiatief"));
        List<Map<String, Object>> werkvormen = new ArrayList<>();
        for (int i = 0; i < werkvormEnWaardering.length; i += 2) {
            werkvormen.add(Map.of("werkvorm", werkvormEnWaardering[i], "schaal", schaal,
                    "waardering", werkvormEnWaardering[i + 1]));
        }
        body.put("werkvormen", werkvormen);
        body.put("gedeeld", gedeeld);
        return nieuwVerslag(Aanroeper.medewerker(gemeente), body);
    }
}
