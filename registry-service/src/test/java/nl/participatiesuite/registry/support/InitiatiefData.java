package nl.participatiesuite.registry.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.kernambtenaar.Kernambtenaar;

/** Initiatieven, budgets and aanvragen for the REST tests, each in the gemeente the test owns. */
public final class InitiatiefData {

    /** Money is compared as BigDecimal, scale included: 250.00 is not 250.0 or 250. */
    public static final RestAssuredConfig BEDRAGEN = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private InitiatiefData() {
    }

    /** A complete, valid create request; tests change single fields to probe one rule. */
    public static Map<String, Object> initiatief(String gemeente, String titel, List<String> kernIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", gemeente);
        body.put("titel", titel);
        body.put("doel", "Kinderen een veilige plek geven om buiten te spelen");
        body.put("activiteit", "Een speeltuin aanleggen op het braakliggende veld");
        body.put("kernIds", kernIds);
        body.put("schaal", "DORP_WIJK");
        body.put("initiatiefnemer", Map.of("type", "INWONER", "naam", "Stichting Speeltuin", "contact", "speeltuin@example.org"));
        return body;
    }

    /** Submitted by a medewerker of the gemeente (whichever gemeente the test works in). */
    public static String nieuwInitiatief(String gemeente, String titel) {
        return ApiTest.api(Aanroeper.medewerker(gemeente)).body(initiatief(gemeente, titel, List.of()))
                .post("/initiatieven").then().statusCode(201).extract().path("id");
    }

    /** Kernambtenaren have their own feature; here one is stored directly, as a fixed fact. */
    public static String nieuweKernambtenaar(String gemeente, String naam) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Kernambtenaar kernambtenaar = new Kernambtenaar();
            kernambtenaar.gemeente = gemeente;
            kernambtenaar.naam = naam;
            kernambtenaar.email = naam.toLowerCase().replace(' ', '.') + "@example.org";
            kernambtenaar.persist();
            return kernambtenaar.id.toString();
        });
    }

    /** Set by the gemeente's beheerder (whichever gemeente the test works in). */
    public static String nieuwBudget(String gemeente, int jaar, String totaalbedrag) {
        return ApiTest.api(Aanroeper.beheerder(gemeente)).body(Map.of("gemeente", gemeente, "jaar", jaar, "totaalbedrag", new BigDecimal(totaalbedrag),
                        "beslismodus", "COMMISSIE"))
                .post("/leefbaarheidsbudgetten").then().statusCode(201).extract().path("id");
    }

    public static String nieuweAanvraag(String budgetId, String gevraagdBedrag) {
        return ApiTest.api().body(Map.of("aanvrager", "Buurtvereniging De Linde", "omschrijving", "Bankjes bij de dorpsweide",
                        "gevraagdBedrag", new BigDecimal(gevraagdBedrag)))
                .post("/leefbaarheidsbudgetten/" + budgetId + "/aanvragen").then().statusCode(201).extract().path("id");
    }
}
