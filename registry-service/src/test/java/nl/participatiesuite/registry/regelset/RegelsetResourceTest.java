package nl.participatiesuite.registry.regelset;

import static nl.participatiesuite.registry.support.RegelsetData.publicatie;
import static nl.participatiesuite.registry.support.RegelsetData.publiceer;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The registry's rules per gemeente (issue 10): the default is domain.md's, a beheerder publishes immutable versions
 * with an ingangsdatum, and every computed amount, cap check and kerndekking names the version it used.
 */
@QuarkusTest
class RegelsetResourceTest extends ApiTest {

    @Inject
    Klok klok;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDefaultRuleSetIsDomainMdsAndPublic() {
        api(Aanroeper.ANONIEM).config(InitiatiefData.BEDRAGEN).get("/regelsets/standaard").then().statusCode(200)
                .body("naam", equalTo("standaard-1"))
                .body("versie", equalTo(1))
                .body("id", nullValue())
                .body("regels.onkostenvergoedingBasisbedrag", equalTo(new BigDecimal("375.00")))
                .body("regels.onkostenvergoedingBasisjaar", equalTo(2020))
                .body("regels.incidenteleOndersteuningJaarplafond", equalTo(new BigDecimal("5000.00")))
                .body("regels.minimaalAantalKernambtenaren", equalTo(2))
                .body("regels.beslistermijnWeken", equalTo(8))
                .body("regels.hersteltermijnDagen", equalTo(14));
    }

    @Test
    void aBeheerderPublishesNumberedVersionsThatNeverChange() {
        String gemeente = TestData.nieuweGemeente();
        LocalDate vandaag = klok.vandaag();
        String eerste = api().config(InitiatiefData.BEDRAGEN).body(publicatie(gemeente, null, Map.of("beslistermijnWeken", 6)))
                .post("/regelsets").then().statusCode(201)
                .header("Location", containsString("/api/v1/regelsets/"))
                .body("gemeente", equalTo(gemeente))
                .body("versie", equalTo(1))
                .body("naam", equalTo(gemeente + "-1"))
                .body("ingangsdatum", equalTo(vandaag.toString()))
                .body("regels.beslistermijnWeken", equalTo(6))
                .body("regels.onkostenvergoedingBasisbedrag", equalTo(new BigDecimal("375.00")))
                .extract().path("id");
        api().body(publicatie(gemeente, vandaag.plusYears(1), Map.of("beslistermijnWeken", 10))).post("/regelsets").then()
                .statusCode(201).body("versie", equalTo(2)).body("naam", equalTo(gemeente + "-2"));
        api(Aanroeper.raadpleger(gemeente)).get("/regelsets").then().statusCode(200)
                .header("X-Total-Count", "2").body("items.versie", contains(2, 1));
        api(Aanroeper.raadpleger(gemeente)).get("/regelsets/" + eerste).then().statusCode(200)
                .body("regels.beslistermijnWeken", equalTo(6));
        // In force today: version 1; version 2 only from its ingangsdatum on; before version 1 the default.
        api(Aanroeper.raadpleger(gemeente)).get("/regelsets/geldend/" + gemeente).then().statusCode(200)
                .body("naam", equalTo(gemeente + "-1"));
        api(Aanroeper.raadpleger(gemeente)).queryParam("datum", vandaag.plusYears(1).toString())
                .get("/regelsets/geldend/" + gemeente).then().statusCode(200).body("naam", equalTo(gemeente + "-2"));
        api(Aanroeper.raadpleger(gemeente)).queryParam("datum", vandaag.minusDays(1).toString())
                .get("/regelsets/geldend/" + gemeente).then().statusCode(200).body("naam", equalTo("standaard-1"));
        // Immutable: there is no way to change or remove a published version.
        raw().body(publicatie(gemeente, null, Map.of())).put("/regelsets/" + eerste).then().statusCode(405);
        raw().delete("/regelsets/" + eerste).then().statusCode(405);
        api().get("/regelsets/" + eerste + "/audittrail").then().statusCode(200).body("items.actie", contains("create"));
    }

    @Test
    void invalidPublicationListsEveryFieldAndStoresNothing() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> afwijkend = new HashMap<>();
        afwijkend.put("onkostenvergoedingBasisbedrag", new BigDecimal("-1.00"));
        afwijkend.put("onkostenvergoedingBasisjaar", 1999);
        afwijkend.put("incidenteleOndersteuningJaarplafond", new BigDecimal("10.001"));
        afwijkend.put("minimaalAantalKernambtenaren", -1);
        afwijkend.put("beslistermijnWeken", 0);
        afwijkend.put("hersteltermijnDagen", 366);
        Map<String, Object> body = publicatie(gemeente, null, afwijkend);
        body.put("toelichting", "x".repeat(4001));
        Rijen.nietsOpgeslagen(dataSource, () -> api().body(body).post("/regelsets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("toelichting", "regels.onkostenvergoedingBasisbedrag",
                        "regels.onkostenvergoedingBasisjaar", "regels.incidenteleOndersteuningJaarplafond",
                        "regels.minimaalAantalKernambtenaren", "regels.beslistermijnWeken", "regels.hersteltermijnDagen")));
        Map<String, Object> zonderRegels = publicatie(gemeente, null, Map.of());
        zonderRegels.remove("regels");
        api().body(zonderRegels).post("/regelsets").then().statusCode(400).body("invalidParams.name", contains("regels"));
        // A rule set does not work backwards: what was received or computed keeps the rules of then.
        api().body(publicatie(gemeente, klok.vandaag().minusDays(1), Map.of())).post("/regelsets").then().statusCode(400)
                .body("invalidParams.name", contains("ingangsdatum")).body("invalidParams.code", contains("min"));
        api(Aanroeper.raadpleger(gemeente)).get("/regelsets").then().body("totalItems", equalTo(0));
    }

    @Test
    void onlyTheOwnBeheerderPublishes() {
        String gemeente = TestData.nieuweGemeente();
        api(Aanroeper.medewerker(gemeente)).body(publicatie(gemeente, null, Map.of())).post("/regelsets").then()
                .statusCode(403);
        api(Aanroeper.beheerder("GM0998")).body(publicatie(gemeente, null, Map.of())).post("/regelsets").then()
                .statusCode(403);
        api(Aanroeper.ANONIEM).body(publicatie(gemeente, null, Map.of())).post("/regelsets").then().statusCode(401);
        String onbekend = TestData.nieuweCode();
        api(Aanroeper.beheerder(onbekend)).body(publicatie(onbekend, null, Map.of())).post("/regelsets").then()
                .statusCode(400).body("invalidParams.name", contains("gemeente")).body("invalidParams.code", contains("unknown"));
        api().get("/regelsets/00000000-0000-4000-8000-000000000000").then().statusCode(404);
    }

    /** The allowance of a year follows the rule set in force on 1 January of that year, and says which. */
    @Test
    void theOnkostenvergoedingUsesTheRuleSetOfItsYear() {
        String gemeente = TestData.nieuweGemeente();
        int volgendJaar = klok.vandaag().getYear() + 1;
        Map<String, Object> organisatie = new HashMap<>();
        organisatie.put("naam", "Dorpsbelang Asch");
        organisatie.put("gemeente", gemeente);
        organisatie.put("rechtsvorm", "VERENIGING");
        organisatie.put("kernIds", List.of(TestData.nieuweKern(gemeente, "Asch")));
        String id = api().body(organisatie).post("/dorpsbelangenorganisaties").then().statusCode(201).extract().path("id");
        api().config(InitiatiefData.BEDRAGEN).get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/2020").then()
                .statusCode(200).body("bedrag", equalTo(new BigDecimal("375.00"))).body("regelsetVersie", equalTo("standaard-1"));
        publiceer(gemeente, LocalDate.of(volgendJaar, 1, 1),
                Map.of("onkostenvergoedingBasisbedrag", new BigDecimal("400.00"), "onkostenvergoedingBasisjaar", volgendJaar));
        api().config(InitiatiefData.BEDRAGEN).get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/" + volgendJaar)
                .then().statusCode(200)
                .body("basisjaar", equalTo(volgendJaar))
                .body("bedrag", equalTo(new BigDecimal("400.00")))
                .body("regelsetVersie", equalTo(gemeente + "-1"));
        // The years before keep the default rules.
        api().config(InitiatiefData.BEDRAGEN).get("/dorpsbelangenorganisaties/" + id + "/onkostenvergoedingen/2020").then()
                .statusCode(200).body("bedrag", equalTo(new BigDecimal("375.00"))).body("regelsetVersie", equalTo("standaard-1"));
    }

    @Test
    void theJaarplafondIsTheRuleSetsAndTheRefusalNamesIt() {
        String gemeente = TestData.nieuweGemeente();
        int volgendJaar = klok.vandaag().getYear() + 1;
        publiceer(gemeente, LocalDate.of(volgendJaar, 1, 1), Map.of("incidenteleOndersteuningJaarplafond", new BigDecimal("100.00")));
        api().config(InitiatiefData.BEDRAGEN).get("/incidentele-ondersteuningen/jaaroverzichten/" + gemeente + "/" + volgendJaar)
                .then().statusCode(200)
                .body("plafond", equalTo(new BigDecimal("100.00")))
                .body("regelsetVersie", equalTo(gemeente + "-1"));
        api().body(Map.of("gemeente", gemeente, "jaar", volgendJaar, "omschrijving", "Zaalhuur", "bedrag", new BigDecimal("150.00")))
                .post("/incidentele-ondersteuningen").then().statusCode(409)
                .body("detail", allOf(containsString("€ 100,00"), containsString("regelset " + gemeente + "-1")));
        // This year still has the default cap of € 5.000.
        api().config(InitiatiefData.BEDRAGEN)
                .get("/incidentele-ondersteuningen/jaaroverzichten/" + gemeente + "/" + klok.vandaag().getYear()).then()
                .statusCode(200).body("plafond", equalTo(new BigDecimal("5000.00"))).body("regelsetVersie", equalTo("standaard-1"));
    }

    @Test
    void theKerndekkingMinimumIsTheRuleSetsOfToday() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Maurik");
        api().body(Map.of("naam", "Kernambtenaar Maurik", "email", "ka@maurik.example", "gemeente", gemeente,
                "kernIds", List.of(kern))).post("/kernambtenaren").then().statusCode(201);
        api().get("/kerndekkingen/" + gemeente).then().statusCode(200)
                .body("minimaalAantalKernambtenaren", equalTo(2)).body("minimumKernambtenarenBereikt", equalTo(false))
                .body("doelBereikt", equalTo(false)).body("regelsetVersie", equalTo("standaard-1"));
        publiceer(gemeente, null, Map.of("minimaalAantalKernambtenaren", 1));
        api().get("/kerndekkingen/" + gemeente).then().statusCode(200)
                .body("minimaalAantalKernambtenaren", equalTo(1)).body("minimumKernambtenarenBereikt", equalTo(true))
                .body("doelBereikt", equalTo(true)).body("regelsetVersie", equalTo(gemeente + "-1"));
    }
}
