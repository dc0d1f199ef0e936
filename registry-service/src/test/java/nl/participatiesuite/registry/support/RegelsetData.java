package nl.participatiesuite.registry.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;

/** Registry rule sets for the REST tests, published in the gemeente the test owns. */
public final class RegelsetData {

    private RegelsetData() {
    }

    /** A complete publication with the default values, except {@code afwijkend}; no ingangsdatum: today. */
    public static Map<String, Object> publicatie(String gemeente, LocalDate ingangsdatum, Map<String, Object> afwijkend) {
        Map<String, Object> regels = new HashMap<>();
        regels.put("onkostenvergoedingBasisbedrag", new BigDecimal("375.00"));
        regels.put("onkostenvergoedingBasisjaar", 2020);
        regels.put("incidenteleOndersteuningJaarplafond", new BigDecimal("5000.00"));
        regels.put("minimaalAantalKernambtenaren", 2);
        regels.put("beslistermijnWeken", 8);
        regels.put("hersteltermijnDagen", 14);
        regels.putAll(afwijkend);
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", gemeente);
        if (ingangsdatum != null) {
            body.put("ingangsdatum", ingangsdatum.toString());
        }
        body.put("toelichting", "Participatieverordening");
        body.put("regels", regels);
        return body;
    }

    /** Published by the gemeente's beheerder; returns the id. */
    public static String publiceer(String gemeente, LocalDate ingangsdatum, Map<String, Object> afwijkend) {
        return ApiTest.api(Aanroeper.beheerder(gemeente)).body(publicatie(gemeente, ingangsdatum, afwijkend))
                .post("/regelsets").then().statusCode(201).extract().path("id");
    }
}
