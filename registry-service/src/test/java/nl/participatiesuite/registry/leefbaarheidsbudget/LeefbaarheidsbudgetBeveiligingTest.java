package nl.participatiesuite.registry.leefbaarheidsbudget;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §4 for leefbaarheidsbudgetten: read by the own gemeente only; a medewerker submits aanvragen, the
 * budget and the besluit are money, for a beheerder; the aanvrager is personal data, pseudonymised in the budget's
 * audit trail and erasable.
 */
@QuarkusTest
class LeefbaarheidsbudgetBeveiligingTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    private static final Map<String, Object> GEHEIM = Map.of("aanvrager", Persoonsgegevens.NAAM,
            "omschrijving", "Bankjes bij de dorpsweide", "gevraagdBedrag", new BigDecimal("250.00"));

    private static String aanvraag(String gemeente, String budget) {
        return api(Aanroeper.medewerker(gemeente)).body(GEHEIM).post("/leefbaarheidsbudgetten/" + budget + "/aanvragen")
                .then().statusCode(201).body("aanvrager", equalTo(Persoonsgegevens.NAAM)).extract().path("id");
    }

    @Test
    void theBudgetAndItsAanvragenAreForTheOwnGemeenteOnly() {
        String gemeente = TestData.nieuweGemeente();
        String budget = InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00");
        String aanvraag = aanvraag(gemeente, budget);
        String pad = "/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + aanvraag;
        api(Aanroeper.raadpleger(gemeente)).get(pad).then().statusCode(200).body("aanvrager", equalTo(Persoonsgegevens.NAAM));
        api(Aanroeper.raadpleger(gemeente)).get("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then().statusCode(200)
                .body("items.aanvrager", contains(Persoonsgegevens.NAAM));
        api(Aanroeper.beheerder("GM0998")).get(pad).then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/leefbaarheidsbudgetten/" + budget).then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).queryParam("gemeente", gemeente).get("/leefbaarheidsbudgetten").then()
                .statusCode(403);
        api(Aanroeper.ANONIEM).get(pad).then().statusCode(401);
        // Without a filter a caller lists the own gemeente's budgets.
        api(Aanroeper.raadpleger(gemeente)).get("/leefbaarheidsbudgetten").then().statusCode(200)
                .body("items.gemeente", everyItem(equalTo(gemeente))).body("items.id", contains(budget));
    }

    @Test
    void aMedewerkerSubmitsButOnlyABeheerderDecidesAndNothingElseIsStored() {
        String gemeente = TestData.nieuweGemeente();
        String budget = InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00");
        String aanvraag = aanvraag(gemeente, budget);
        String besluit = "/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + aanvraag + "/besluit";
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(Aanroeper.medewerker(gemeente)).body(Map.of("besluit", "TOEKENNEN")).post(besluit).then().statusCode(403);
            api(Aanroeper.beheerder("GM0998")).body(Map.of("besluit", "TOEKENNEN")).post(besluit).then().statusCode(403)
                    .body("type", endsWith("/andere-gemeente"));
            api(Aanroeper.medewerker("GM0998")).body(GEHEIM).post("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then()
                    .statusCode(403);
            api(Aanroeper.raadpleger(gemeente)).body(GEHEIM).post("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then()
                    .statusCode(403);
            api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"0\"")
                    .body(Map.of("totaalbedrag", new BigDecimal("5.00"), "beslismodus", "STEMMEN"))
                    .put("/leefbaarheidsbudgetten/" + budget).then().statusCode(403);
        });
        api().body(Map.of("besluit", "TOEKENNEN")).post(besluit).then().statusCode(200).body("status", equalTo("TOEGEKEND"))
                .body("aanvrager", equalTo(Persoonsgegevens.NAAM));
    }

    @Test
    void theBudgetsAuditTrailHoldsItsAanvragenAndBesluitenWithTheAanvragerPseudonymised() {
        String gemeente = TestData.nieuweGemeente();
        String budget = InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00");
        String aanvraag = aanvraag(gemeente, budget);
        api().body(Map.of("besluit", "AFWIJZEN", "reden", "Dubbel ingediend"))
                .post("/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + aanvraag + "/besluit").then().statusCode(200);
        String trail = api().get("/leefbaarheidsbudgetten/" + budget + "/audittrail").then().statusCode(200)
                .body("items.resource", contains("Leefbaarheidsbudget", "Leefbaarheidsaanvraag", "Leefbaarheidsaanvraag"))
                .body("items.actie", contains("create", "create", "update"))
                .body("items.resourceId", contains(budget, aanvraag, aanvraag))
                .body("items.gebruikersId", contains("beheerder-" + gemeente, "medewerker-" + gemeente, "beheerder-" + gemeente))
                .body("items.hoofdObject", everyItem(endsWith("/api/v1/leefbaarheidsbudgetten/" + budget)))
                .body("items[1].wijzigingen.nieuw.aanvrager", startsWith("pseudoniem:"))
                .body("items[2].wijzigingen.nieuw.status", equalTo("AFGEWEZEN"))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
        api(Aanroeper.medewerker(gemeente)).get("/leefbaarheidsbudgetten/" + budget + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/leefbaarheidsbudgetten/" + budget + "/audittrail").then().statusCode(403);
    }

    @Test
    void erasureReplacesTheAanvragerKeepsTheAanvraagAndIsIdempotent() {
        String gemeente = TestData.nieuweGemeente();
        String budget = InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00");
        String aanvraag = aanvraag(gemeente, budget);
        String pad = "/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + aanvraag;
        api(Aanroeper.medewerker(gemeente)).post(pad + "/_wissen").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).post(pad + "/_wissen").then().statusCode(403);
        api().post(pad + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("aanvrager", equalTo(Gewist.NAAM)).body("omschrijving", equalTo("Bankjes bij de dorpsweide"))
                .body("status", equalTo("INGEDIEND"));
        api().post(pad + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""));
        api(Aanroeper.raadpleger(gemeente)).get(pad).then().statusCode(200).body("aanvrager", equalTo(Gewist.NAAM));
        String trail = api().get("/leefbaarheidsbudgetten/" + budget + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "create", "update")).extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
    }
}
