package nl.participatiesuite.assessment.traject;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.Beveiliging;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §4 for samenwerkingstrajecten: the actor of every move is the caller's token (its name is personal
 * data, shown only to the own gemeente), writes only in the own gemeente, the audit trail, erasure of the actors.
 */
@QuarkusTest
class TrajectBeveiligingTest extends ApiTest {

    private static final String ANDERE = "GM0998";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void deActorKomtUitHetTokenEnIsAlleenVoorDeEigenGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String id = Beveiliging.trajectMetGeheimeActor(gemeente);
        String geschiedenis = "/samenwerkingstrajecten/" + id + "/overgangen";

        api(Aanroeper.raadpleger(gemeente)).get(geschiedenis).then().statusCode(200)
                .body("items[0].actor", equalTo(Persoonsgegevens.NAAM + " (medewerker-" + gemeente + ")"));
        for (String pad : new String[] {geschiedenis, "/samenwerkingstrajecten/" + id}) {
            String geweigerd = api(Aanroeper.beheerder(ANDERE)).get(pad).then().statusCode(403)
                    .body("type", containsString("andere-gemeente")).extract().asString();
            assertFalse(Persoonsgegevens.in(geweigerd), geweigerd);
            api(Aanroeper.ANONIEM).get(pad).then().statusCode(401);
        }
        api(Aanroeper.raadpleger(ANDERE)).queryParam("gemeente", gemeente).get("/samenwerkingstrajecten").then()
                .statusCode(403);
        api(Aanroeper.raadpleger(gemeente)).get("/samenwerkingstrajecten").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0]", not(hasKey("actor")));
    }

    @Test
    void schrijvenInEenAndereGemeenteWordtGeweigerdEnSlaatNietsOp() {
        String gemeente = TestData.nieuweGemeente();
        String id = Beveiliging.trajectMetGeheimeActor(gemeente);
        Aanroeper andere = Aanroeper.medewerker(ANDERE);
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(andere).body(Map.of("gemeente", gemeente, "naam", "Overname")).post("/samenwerkingstrajecten").then()
                    .statusCode(403).body("type", containsString("andere-gemeente"));
            api(andere).body(Map.of("naarStap", 3)).post("/samenwerkingstrajecten/" + id + "/overgangen").then()
                    .statusCode(403);
            api(andere).body(Map.of("collegeGerapporteerdOp", "2024-03-04"))
                    .post("/samenwerkingstrajecten/" + id + "/terugkoppelingen").then().statusCode(403);
            api(Aanroeper.beheerder(ANDERE)).post("/samenwerkingstrajecten/" + id + "/_wissen").then().statusCode(403);
            api(Aanroeper.raadpleger(gemeente)).body(Map.of("naarStap", 3))
                    .post("/samenwerkingstrajecten/" + id + "/overgangen").then().statusCode(403)
                    .body("type", containsString("geen-toegang"));
        });
        api(Aanroeper.raadpleger(gemeente)).get("/samenwerkingstrajecten/" + id).then()
                .body("huidigeStap.nummer", equalTo(2)).header("ETag", equalTo("\"1\""));
    }

    @Test
    void elkeWijzigingStaatInDeAudittrailVanHetTraject() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String id = api(medewerker).body(Map.of("gemeente", gemeente, "naam", "Samenwerking afvalinzameling"))
                .post("/samenwerkingstrajecten").then().statusCode(201).extract().path("id");
        api(medewerker).body(Map.of("naarStap", 2)).post("/samenwerkingstrajecten/" + id + "/overgangen").then()
                .statusCode(200);
        api(medewerker).body(Map.of("collegeGerapporteerdOp", "2024-03-04"))
                .post("/samenwerkingstrajecten/" + id + "/terugkoppelingen").then().statusCode(200);

        String pad = "/samenwerkingstrajecten/" + id + "/audittrail";
        api().get(pad).then().statusCode(200)
                .body("items.gebruikersId", everyItem(equalTo("medewerker-" + gemeente)))
                .body("items.gemeente", everyItem(equalTo(gemeente)))
                .body("items.hoofdObject", everyItem(containsString("/api/v1/samenwerkingstrajecten/" + id)))
                .body("items.resource", hasItem("Traject"))
                .body("items.resource", hasItem("TrajectOvergang"))
                .body("items.find { it.resource == 'TrajectOvergang' }.actie", equalTo("create"))
                .body("items.find { it.resource == 'TrajectOvergang' }.wijzigingen.nieuw.naarStap", equalTo(2))
                .body("items.wijzigingen.nieuw.terugkoppelingen", hasItem(notNullValue()));
        api(medewerker).get(pad).then().statusCode(403);
        api(Aanroeper.beheerder(ANDERE)).get(pad).then().statusCode(403);
        api(Aanroeper.ANONIEM).get(pad).then().statusCode(401);
        api().get("/samenwerkingstrajecten/" + UUID.randomUUID() + "/audittrail").then().statusCode(404);
    }

    @Test
    void wissenVervangtDeActorsHoudtDeGeschiedenisEnIsIdempotent() {
        String gemeente = TestData.nieuweGemeente();
        String id = Beveiliging.trajectMetGeheimeActor(gemeente);
        String pad = "/samenwerkingstrajecten/" + id;
        Map<String, Object> terug = Map.of("naarStap", 1, "reden", "De afbakening moet opnieuw.");
        Beveiliging.alsGeheimeMedewerker(gemeente).body(terug).post(pad + "/overgangen").then().statusCode(200);

        api(Aanroeper.medewerker(gemeente)).post(pad + "/_wissen").then().statusCode(403);
        api().post(pad + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("huidigeStap.nummer", equalTo(1));
        api().post(pad + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"3\""));

        String geschiedenis = api(Aanroeper.raadpleger(gemeente)).get(pad + "/overgangen").then().statusCode(200)
                .body("items.volgnummer", contains(1, 2))
                .body("items.naar.nummer", contains(2, 1))
                .body("items.actor", everyItem(equalTo(Gewist.NAAM)))
                .body("items[1].reden", equalTo("De afbakening moet opnieuw."))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(geschiedenis), geschiedenis);

        // The erasure is in the trail, by whom and when; the earlier entries stay.
        String wissing = api().get(pad + "/audittrail").then().statusCode(200)
                .body("items.find { it.wijzigingen.nieuw.persoonsgegevensGewistOp != null }.gebruikersId",
                        equalTo("beheerder-" + gemeente))
                .body("items.findAll { it.resource == 'TrajectOvergang' }.actie", contains("create", "create"))
                .extract().path("items.find { it.wijzigingen.nieuw.persoonsgegevensGewistOp != null }.wijzigingen")
                .toString();
        assertFalse(Persoonsgegevens.in(wissing), wissing);
        // The actors of the moves were kept in the trail as pseudonyms only, so the erasure left nothing behind there.
        String overgangen = api().get(pad + "/audittrail").then().statusCode(200)
                .body("items.findAll { it.resource == 'TrajectOvergang' }.wijzigingen.nieuw.actor",
                        everyItem(startsWith("pseudoniem:")))
                .extract().path("items.findAll { it.resource == 'TrajectOvergang' }.wijzigingen").toString();
        assertFalse(Persoonsgegevens.in(overgangen), overgangen);
        api().post("/samenwerkingstrajecten/" + UUID.randomUUID() + "/_wissen").then().statusCode(404);
    }
}
