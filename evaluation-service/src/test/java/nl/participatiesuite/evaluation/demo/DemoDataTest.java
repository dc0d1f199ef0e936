package nl.participatiesuite.evaluation.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.participatiesuite.evaluation.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The demo data set loads on the real schema, only when enabled, and loading it twice changes nothing. */
@QuarkusTest
class DemoDataTest extends ApiTest {

    @Inject
    DemoData demoData;

    @Test
    void demoDataLoadsWhenEnabledAndLoadingAgainDuplicatesNothing() throws Exception {
        demoData.load(null, () -> false);
        api().queryParam("gemeente", "GM0109").get("/leerzame-voorbeelden").then().statusCode(200)
                .body("totalItems", equalTo(0));
        demoData.load(null, () -> true);
        demoData.load(null, () -> true);
        api().queryParam("gemeente", "GM0109").get("/leerzame-voorbeelden").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].initiatiefTitel", equalTo("Dorpsvisie"))
                .body("items[0].werkvormen.werkvorm", contains("Wijk/dorpsvisie", "Enquête"));
        api().get("/evaluaties/0214e000-0000-4000-8000-000000000002").then().statusCode(200)
                .body("signaleringen.code", contains("TERUGKOPPELING_ONTBREEKT", "GEEN_BEOORDELING"))
                .body("werkvormen", hasSize(2));
        api().queryParam("gemeente", "GM0214").get("/stellingen").then().statusCode(200)
                .body("totalItems", equalTo(7));
        api().get("/burgerpeiling-overzichten/GM0214").then().statusCode(200)
                .body("stellingen.doelen.flatten()", hasSize(7));
    }
}
