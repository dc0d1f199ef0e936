package nl.participatiesuite.registry.api;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code If-Match: *} ("whatever is there now") is the lost update that If-Match exists to prevent:
 * every change of the registry refuses it with 428, like a missing header, and changes nothing.
 */
@QuarkusTest
class IfMatchSterretjeTest extends ApiTest {

    /** A stored resource, a valid change of it (null: no PUT) and whether it can be deleted. */
    record Doel(String pad, Map<String, Object> wijziging, boolean verwijderbaar) {
    }

    static Stream<Arguments> doelen() {
        return Stream.of(
                doel("gemeente", () -> new Doel("/gemeenten/" + TestData.nieuweGemeente(), Map.of("naam", "Anders"), false)),
                doel("kern", () -> {
                    String gemeente = TestData.nieuweGemeente();
                    return new Doel("/kernen/" + TestData.nieuweKern(gemeente, "Erichem"),
                            Map.of("naam", "Erichem-Oost", "gemeente", gemeente), true);
                }),
                doel("kernambtenaar", () -> {
                    String gemeente = TestData.nieuweGemeente();
                    Map<String, Object> body = Map.of("naam", "M. Jansen", "email", "m.jansen@buren.example",
                            "gemeente", gemeente, "kernIds", List.of(TestData.nieuweKern(gemeente, "Asch")));
                    return new Doel(aangemaakt("/kernambtenaren", body), wijzig(body, "naam", "M. Jansen-de Wit"), true);
                }),
                doel("dorpsbelangenorganisatie", () -> {
                    String gemeente = TestData.nieuweGemeente();
                    Map<String, Object> body = Map.of("naam", "Dorpsbelang Beusichem", "gemeente", gemeente,
                            "rechtsvorm", "VERENIGING", "kernIds", List.of(TestData.nieuweKern(gemeente, "Beusichem")));
                    return new Doel(aangemaakt("/dorpsbelangenorganisaties", body), wijzig(body, "rechtsvorm", "STICHTING"), true);
                }),
                doel("signaleringsgroep", () -> {
                    String gemeente = TestData.nieuweGemeente();
                    Map<String, Object> body = Map.of("soort", "SIGNALERINGSGROEP", "naam", "Signaleringsgroep Rijswijk",
                            "gemeente", gemeente, "kernId", TestData.nieuweKern(gemeente, "Rijswijk"));
                    return new Doel(aangemaakt("/signaleringsgroepen", body), wijzig(body, "naam", "Signaleringsgroep Rijswijk (Gld)"), true);
                }),
                doel("leefbaarheidsbudget", () -> new Doel(
                        "/leefbaarheidsbudgetten/" + InitiatiefData.nieuwBudget(TestData.nieuweGemeente(), 2025, "1000.00"),
                        Map.of("totaalbedrag", new BigDecimal("2000.00"), "beslismodus", "STEMMEN"), true)),
                doel("initiatief", () -> {
                    Map<String, Object> wijziging = InitiatiefData.initiatief("-", "Dorpsommetje", List.of());
                    wijziging.remove("gemeente");
                    return new Doel("/initiatieven/" + InitiatiefData.nieuwInitiatief(TestData.nieuweGemeente(), "Ommetje"),
                            wijziging, false);
                }),
                doel("incidentele ondersteuning", () -> new Doel(aangemaakt("/incidentele-ondersteuningen",
                        Map.of("gemeente", TestData.nieuweGemeente(), "jaar", 2025, "omschrijving", "Zaalhuur dorpstafel",
                                "bedrag", new BigDecimal("250.00"))), null, true)),
                doel("signaleringsvergoeding", () -> {
                    String pad = "/signaleringsvergoedingen/" + TestData.nieuweGemeente() + "/2024";
                    api().body(Map.of("bedrag", new BigDecimal("250.00"))).put(pad).then().statusCode(201);
                    return new Doel(pad, Map.of("bedrag", new BigDecimal("300.00")), true);
                }),
                doel("inflatiecijfer", () -> {
                    String pad = "/inflatiecijfers/2187";
                    api().body(Map.of("cpiPercentage", new BigDecimal("2.5"))).put(pad).then().statusCode(201);
                    return new Doel(pad, Map.of("cpiPercentage", new BigDecimal("3.5")), true);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doelen")
    void aChangeOrDeletionWithIfMatchStarIsRefusedWith428AndChangesNothing(String naam, Supplier<Doel> maak) {
        Doel doel = maak.get();
        String voor = api().get(doel.pad()).then().statusCode(200).header("ETag", "\"0\"").extract().asString();

        if (doel.wijziging() != null) {
            geweigerd(api().header("If-Match", "*").body(doel.wijziging()).put(doel.pad()));
        }
        if (doel.verwijderbaar()) {
            geweigerd(api().header("If-Match", "*").delete(doel.pad()));
        }

        String na = api().get(doel.pad()).then().statusCode(200).header("ETag", "\"0\"").extract().asString();
        assertEquals(voor, na, naam + " changed although every change was refused");
    }

    @Test
    void aStatusStepWithIfMatchStarIsRefusedAndLeavesTheInitiatiefAsItWas() {
        String id = InitiatiefData.nieuwInitiatief(TestData.nieuweGemeente(), "Jeu de boules-baan");

        geweigerd(api().header("If-Match", "*").body(Map.of("status", "IN_BEHANDELING"))
                .post("/initiatieven/" + id + "/statuswijzigingen"));

        api().get("/initiatieven/" + id).then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("INGEDIEND"));
        api().get("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(200).body("totalItems", equalTo(1));
    }

    private static void geweigerd(Response antwoord) {
        antwoord.then().statusCode(428).contentType("application/problem+json")
                .body("status", equalTo(428))
                .body("type", endsWith("/if-match-vereist"));
    }

    private static Arguments doel(String naam, Supplier<Doel> maak) {
        return Arguments.of(naam, maak);
    }

    private static String aangemaakt(String collectie, Map<String, Object> body) {
        return collectie + "/" + api().body(body).post(collectie).then().statusCode(201).extract().<String>path("id");
    }

    private static Map<String, Object> wijzig(Map<String, Object> body, String veld, Object waarde) {
        Map<String, Object> wijziging = new HashMap<>(body);
        wijziging.put(veld, waarde);
        return wijziging;
    }
}
